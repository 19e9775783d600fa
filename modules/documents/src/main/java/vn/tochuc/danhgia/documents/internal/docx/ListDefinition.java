package vn.tochuc.danhgia.documents.internal.docx;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Word list as the paragraphs of one {@code w:num} see it: its levels, and the key of the counters it shares.
 *
 * <p>Word keeps one set of counters per abstract list, so two {@code w:num} that point at the same abstract list
 * continue each other's numbering; a {@code w:num} with a start override is a new list with counters of its own.
 *
 * @param key the counters this list uses
 * @param levels the nine levels (missing ones are {@link ListLevel#NONE})
 */
record ListDefinition(String key, List<ListLevel> levels) {

    static final int LEVELS = 9;
    private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");

    ListDefinition {
        levels = List.copyOf(levels);
    }

    ListLevel level(int ilvl) {
        return ilvl >= 0 && ilvl < levels.size() ? levels.get(ilvl) : ListLevel.NONE;
    }

    /** The label Word shows for an item at {@code ilvl} when the counters hold {@code values}; "" for none. */
    String label(int ilvl, int[] values) {
        ListLevel level = level(ilvl);
        if ("none".equals(level.format())) {
            return "";
        }
        if ("bullet".equals(level.format())) {
            return bullet(level.text());
        }
        Matcher m = PLACEHOLDER.matcher(level.text());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int referenced = Integer.parseInt(m.group(1)) - 1;
            String shown = Numerals.format(level(referenced).format(), values[referenced]);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Symbol-font bullets are private-use characters that mean nothing outside that font: show a bullet. */
    private static String bullet(String text) {
        boolean privateUse = text.chars().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF);
        return privateUse || text.isEmpty() ? "•" : text;
    }
}
