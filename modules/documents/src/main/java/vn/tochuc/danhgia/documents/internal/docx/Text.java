package vn.tochuc.danhgia.documents.internal.docx;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers for what Word puts around words: tabs, non-breaking spaces, decomposed accents. */
final class Text {

    /** Whitespace as Word documents contain it: Java's \s does not cover NBSP and the other Unicode spaces. */
    static final String WS = "[\\s\\u00A0\\u2007\\u202F\\uFEFF\\u200B]";

    private static final Pattern RUNS_OF_WS = Pattern.compile(WS + "+");
    private static final Pattern DECORATIVE = Pattern.compile("[-\\u2013\\u2014_*=~\\s\\u00A0\\u2007\\u202F\\uFEFF\\u200B]+");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Text() {}

    /** The text without the whitespace around it; the whitespace inside is kept as typed. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Composed form, so that a "Điều" typed with combining accents still matches the patterns. */
    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** For titles: NFC, every run of whitespace (tabs, NBSP, line breaks) as one space, trimmed. */
    static String collapse(String text) {
        return trim(RUNS_OF_WS.matcher(nfc(text)).replaceAll(" "));
    }

    /** True when the text has letters and none of them is lower-case ("QUY ĐỊNH CHUNG"). */
    static boolean isUpperCase(String text) {
        boolean letters = text.codePoints().anyMatch(Character::isLetter);
        return letters && text.equals(text.toUpperCase(VIETNAMESE));
    }

    /** A line drawn with dashes, underscores or stars under a title: layout, not text. */
    static boolean isDecorative(String text) {
        return !text.isEmpty() && DECORATIVE.matcher(text).matches();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
