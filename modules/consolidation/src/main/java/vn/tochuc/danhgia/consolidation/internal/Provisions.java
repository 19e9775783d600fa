package vn.tochuc.danhgia.consolidation.internal;

/**
 * How a report names a part of the draft, the way Vietnamese legal texts cite it: from the smallest part to the
 * article ("Điểm a khoản 1 Điều 3", "Khoản 2 Điều 6", "Điều 4"), "Mục 1 Chương II", "Chương III", and for anything
 * else (an annex) the node's own label. Pure.
 */
public final class Provisions {

    private static final int[] ROMAN_VALUES = {10, 9, 5, 4, 1};
    private static final String[] ROMAN = {"X", "IX", "V", "IV", "I"};

    private Provisions() {}

    public static String cite(String path, String label) {
        if (path == null || path.isBlank()) {
            return label == null ? "" : label;
        }
        String[] parts = path.split("\\.");
        if (parts[0].matches("D\\d+")) {
            StringBuilder out = new StringBuilder();
            for (int i = parts.length - 1; i >= 0; i--) {
                out.append(out.length() == 0 ? "" : " ").append(segment(parts[i], out.length() == 0));
            }
            return out.toString();
        }
        if (parts[0].matches("C\\d+")) {
            String chapter = "Chương " + roman(Integer.parseInt(parts[0].substring(1)));
            return parts.length > 1 && parts[1].matches("M\\d+") ? "Mục " + parts[1].substring(1) + " " + chapter
                    : chapter;
        }
        return label == null || label.isBlank() ? path : label;
    }

    private static String segment(String part, boolean first) {
        if (part.matches("D\\d+")) {
            return "Điều " + part.substring(1);
        }
        if (part.matches("K\\d+")) {
            return (first ? "Khoản " : "khoản ") + part.substring(1);
        }
        return (first ? "Điểm " : "điểm ") + part;
    }

    static String roman(int value) {
        if (value <= 0 || value > 39) {
            return String.valueOf(value);
        }
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
