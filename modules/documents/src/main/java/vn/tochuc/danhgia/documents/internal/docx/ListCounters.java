package vn.tochuc.danhgia.documents.internal.docx;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The current value of every Word list level, advanced paragraph by paragraph as Word does when it lays out. */
final class ListCounters {

    private static final int UNSET = Integer.MIN_VALUE;

    private final Map<String, int[]> counters = new HashMap<>();

    /** Counts one more item at {@code ilvl} and returns the values to show (unused higher levels at their start). */
    int[] next(ListDefinition list, int ilvl) {
        int[] values = counters.computeIfAbsent(list.key(), key -> unset());
        values[ilvl] = values[ilvl] == UNSET ? list.level(ilvl).start() : values[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < ListDefinition.LEVELS; deeper++) {
            if (list.level(deeper).restartsWhen(deeper, ilvl)) {
                values[deeper] = UNSET;
            }
        }
        int[] shown = values.clone();
        for (int i = 0; i < shown.length; i++) {
            shown[i] = shown[i] == UNSET ? list.level(i).start() : shown[i];
        }
        return shown;
    }

    /** Starts the list again, as "Restart at 1" does in Word: its next item shows its start value. */
    void restart(String key) {
        counters.remove(key);
    }

    private static int[] unset() {
        int[] values = new int[ListDefinition.LEVELS];
        Arrays.fill(values, UNSET);
        return values;
    }
}
