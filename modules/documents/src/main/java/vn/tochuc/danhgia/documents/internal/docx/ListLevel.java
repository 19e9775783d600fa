package vn.tochuc.danhgia.documents.internal.docx;

/**
 * One level of a Word list definition ({@code w:lvl} in numbering.xml).
 *
 * @param start the value of the first item ({@code w:start}; 0 when absent, as the standard says)
 * @param format the {@code w:numFmt} value: decimal, lowerLetter, upperRoman, bullet, none, …
 * @param text the {@code w:lvlText} pattern, e.g. "%1." or "%2)" or "Điều %1."
 * @param restartAfter the {@code w:lvlRestart} value, or -1 when absent (restart after any higher level)
 * @param suffix what Word puts between the label and the text: " " for a tab or a space, "" for nothing
 */
record ListLevel(int start, String format, String text, int restartAfter, String suffix) {

    static final ListLevel NONE = new ListLevel(0, "none", "", -1, "");

    /** Whether this level (at index {@code own}) starts again when the level at {@code used} takes a step. */
    boolean restartsWhen(int own, int used) {
        if (used >= own) {
            return false;
        }
        return restartAfter < 0 || (restartAfter > 0 && used < restartAfter);
    }
}
