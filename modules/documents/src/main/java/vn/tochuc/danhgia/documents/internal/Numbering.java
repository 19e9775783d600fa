package vn.tochuc.danhgia.documents.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tochuc.danhgia.documents.NodeKind;

/** Numbers, labels and the number typed at the start of a node's text, for each kind of node. */
final class Numbering {

    /** The Vietnamese alphabet as điểm are lettered: no f, j, w, z; đ after d. */
    static final String LETTERS = "abcdđeghiklmnopqrstuvxy";
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private static final Pattern TYPED_CHAPTER = Pattern.compile("^(Chương\\s+)([IVXLCDM]+|\\d+)");
    private static final Pattern TYPED_SECTION = Pattern.compile("^(Mục\\s+)(\\d+)");
    private static final Pattern TYPED_ARTICLE = Pattern.compile("^(Điều\\s+)(\\d+)");
    private static final Pattern TYPED_CLAUSE = Pattern.compile("^()(\\d+)(?=[.)])");
    private static final Pattern TYPED_POINT = Pattern.compile("^()(\\p{L})(?=\\))");
    private static final Pattern ARTICLE_HEADING = Pattern.compile("^Điều\\s+\\d+\\s*[.:]?\\s*(.*)");

    private Numbering() {}

    static boolean valid(NodeKind kind, String number) {
        if (number == null) {
            return false;
        }
        return kind == NodeKind.POINT ? number.length() == 1 && LETTERS.contains(number)
                : number.matches("[1-9]\\d{0,3}");
    }

    static String nth(NodeKind kind, int position) {
        if (kind != NodeKind.POINT) {
            return String.valueOf(position);
        }
        return position <= LETTERS.length() ? String.valueOf(LETTERS.charAt(position - 1)) : "z";
    }

    static String label(NodeKind kind, String number) {
        return switch (kind) {
            case CHAPTER -> "Chương " + roman(Integer.parseInt(number));
            case SECTION -> "Mục " + number;
            case ARTICLE -> "Điều " + number;
            case CLAUSE -> "Khoản " + number;
            case POINT -> "Điểm " + number;
            default -> "Phụ lục " + number;
        };
    }

    /** The text with the number it starts with ("Điều 3.", "2.", "b)", "Chương II") changed to the new one. */
    static String retype(NodeKind kind, String text, String newNumber) {
        Matcher m = typedNumber(kind, text);
        if (m == null || !m.find()) {
            return text;
        }
        boolean roman = kind == NodeKind.CHAPTER && !Character.isDigit(m.group(2).charAt(0));
        String replacement = roman ? roman(Integer.parseInt(newNumber)) : newNumber;
        return m.group(1) + replacement + text.substring(m.end());
    }

    /** The text without the number it starts with, whitespace collapsed: equal for a node that was only renumbered. */
    static String withoutNumber(NodeKind kind, String text) {
        Matcher m = typedNumber(kind, text == null ? "" : text);
        String plain = m == null || !m.find() ? text == null ? "" : text
                : m.group(1) + text.substring(m.end());
        return plain.replaceAll("\\s+", " ").strip();
    }

    /**
     * The text with the node's number typed in front, as a reader of the .docx expects it ("2. …", "b) …",
     * "Điều 4. Title"): a number already typed is changed to {@code number}; a missing one is added.
     */
    static String typed(NodeKind kind, String text, String number, String title) {
        Matcher m = typedNumber(kind, text);
        if (m != null && m.find()) {
            return retype(kind, text, number);
        }
        return switch (kind) {
            case ARTICLE -> "Điều " + number + ". " + (title == null || title.isBlank() ? text
                    : title.strip() + "\n" + text);
            case CLAUSE -> number + ". " + text;
            case POINT -> number + ") " + text;
            case CHAPTER -> "Chương " + roman(Integer.parseInt(number)) + "\n" + text;
            case SECTION -> "Mục " + number + "\n" + text;
            default -> text;
        };
    }

    /** An article's title as its heading line types it ("Điều 3. Khung tiêu chí" → "Khung tiêu chí"). */
    static String headingTitle(NodeKind kind, String text, String fallback) {
        if (kind != NodeKind.ARTICLE) {
            return fallback == null ? "" : fallback;
        }
        Matcher m = ARTICLE_HEADING.matcher(text.split("\n", 2)[0]);
        return m.find() && !m.group(1).isBlank() ? m.group(1).replaceAll("\\s+", " ").strip()
                : fallback == null ? "" : fallback;
    }

    private static Matcher typedNumber(NodeKind kind, String text) {
        Pattern typed = switch (kind) {
            case CHAPTER -> TYPED_CHAPTER;
            case SECTION -> TYPED_SECTION;
            case ARTICLE -> TYPED_ARTICLE;
            case CLAUSE -> TYPED_CLAUSE;
            case POINT -> TYPED_POINT;
            default -> null;
        };
        return typed == null ? null : typed.matcher(text);
    }

    static String roman(int value) {
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }
}
