package vn.tochuc.danhgia.documents.internal.docx;

import java.util.Locale;

/** Roman numerals, Word's letter counters, and the order of Vietnamese điểm letters. */
final class Numerals {

    /** Điểm letters in the order drafters use them: Vietnamese puts đ after d; f, j, w, z come from Word lists. */
    private static final String POINT_ORDER = "abcdđefghijklmnopqrstuvwxyz";
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Numerals() {}

    /** "II" → 2, "12" → 12. */
    static int toInt(String numeral) {
        if (numeral.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(numeral);
        }
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int value = romanDigit(numeral.charAt(i));
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }

    static String toRoman(int value) {
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }

    /** Word's lowerLetter: a … z, then aa, bb, … (the letter repeated, not base 26). */
    static String toLetters(int value) {
        if (value <= 0) {
            return String.valueOf(value);
        }
        char letter = (char) ('a' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    /** The position of a điểm letter, so that letters can be compared; -1 when it is not one. */
    static int pointOrder(String letter) {
        return letter.length() == 1 ? POINT_ORDER.indexOf(letter.charAt(0)) : -1;
    }

    /** A counter value the way a Word level format shows it. */
    static String format(String numFmt, int value) {
        switch (numFmt) {
            case "lowerLetter":
                return toLetters(value);
            case "upperLetter":
                return toLetters(value).toUpperCase(Locale.ROOT);
            case "lowerRoman":
                return toRoman(value).toLowerCase(Locale.ROOT);
            case "upperRoman":
                return toRoman(value);
            case "decimalZero":
                return value < 10 ? "0" + value : String.valueOf(value);
            default:
                // decimal, and every format this reader does not spell out (ordinal, cardinalText, …)
                return String.valueOf(value);
        }
    }

    private static int romanDigit(char c) {
        switch (c) {
            case 'I': return 1;
            case 'V': return 5;
            case 'X': return 10;
            case 'L': return 50;
            case 'C': return 100;
            case 'D': return 500;
            case 'M': return 1000;
            default: throw new IllegalArgumentException("Not a Roman digit: " + c);
        }
    }
}
