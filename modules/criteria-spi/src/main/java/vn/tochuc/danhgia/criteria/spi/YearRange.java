package vn.tochuc.danhgia.criteria.spi;

/**
 * The evaluation years a plugin applies to, both ends included. The constructor accepts any values; the host checks
 * them.
 */
public record YearRange(int from, int to) {

    public static YearRange of(int from, int to) {
        return new YearRange(from, to);
    }

    public boolean contains(int year) {
        return from <= year && year <= to;
    }

    /** {@code "2025–2030"}, as written in Vietnamese texts. */
    @Override
    public String toString() {
        return from + "–" + to;
    }
}
