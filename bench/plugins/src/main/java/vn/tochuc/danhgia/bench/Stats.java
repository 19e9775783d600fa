package vn.tochuc.danhgia.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Milliseconds measured, and their percentiles (nearest rank). */
final class Stats {

    private final List<Double> values = new ArrayList<>();

    void add(double millis) {
        values.add(millis);
    }

    int count() {
        return values.size();
    }

    double percentile(double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    double max() {
        return Collections.max(values);
    }

    String row(String what) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |", what, count(), percentile(50),
                percentile(95), max());
    }
}
