package vn.tochuc.danhgia.documents.internal.docx;

/**
 * One non-empty paragraph as the outline reader sees it.
 *
 * @param text the paragraph exactly as shown (Word's computed list label in front when it has one), trimmed
 * @param match the same text in NFC, which the heading patterns are applied to
 * @param centered whether the paragraph (or its style) is centered
 * @param emphasized whether all its text is bold, or its style is a heading or title style
 * @param listKey the Word list that numbers it, or {@code null} when its number (if any) is typed
 */
record Line(String text, String match, boolean centered, boolean emphasized, String listKey) {

    /** A plain line, e.g. for text that comes from a content control. */
    static Line plain(String text) {
        String trimmed = Text.trim(text);
        return new Line(trimmed, Text.nfc(trimmed), false, false, null);
    }

    /** Centered, bold or upper-case: how a title line looks, whichever way the drafter chose. */
    boolean looksLikeTitle() {
        return centered || emphasized || Text.isUpperCase(match);
    }
}
