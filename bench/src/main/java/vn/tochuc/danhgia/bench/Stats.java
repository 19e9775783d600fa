package vn.tochuc.danhgia.bench;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles of a set of durations (milliseconds, nearest rank). */
record Stats(double[] sorted) {

    static Stats of(Collection<Double> values) {
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(array);
        return new Stats(array);
    }

    double percentile(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    double median() {
        return percentile(50);
    }

    double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    int count() {
        return sorted.length;
    }
}
