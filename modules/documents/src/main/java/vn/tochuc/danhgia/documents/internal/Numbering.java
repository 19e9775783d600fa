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
        Pattern typed = switch (kind) {
            case CHAPTER -> Pattern.compile("^(Chương\\s+)([IVXLCDM]+|\\d+)");
            case SECTION -> Pattern.compile("^(Mục\\s+)(\\d+)");
            case ARTICLE -> Pattern.compile("^(Điều\\s+)(\\d+)");
            case CLAUSE -> Pattern.compile("^()(\\d+)(?=[.)])");
            case POINT -> Pattern.compile("^()(\\p{L})(?=\\))");
            default -> null;
        };
        Matcher m = typed == null ? null : typed.matcher(text);
        if (m == null || !m.find()) {
            return text;
        }
        boolean roman = kind == NodeKind.CHAPTER && !Character.isDigit(m.group(2).charAt(0));
        String replacement = roman ? roman(Integer.parseInt(newNumber)) : newNumber;
        return m.group(1) + replacement + text.substring(m.end());
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
