package vn.tochuc.danhgia.criteria.spi;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * A number of points, kept as tenths of a point in an {@code int}: {@code 7,5} points are {@code 75} tenths.
 *
 * <p>Tenths rather than {@link BigDecimal} because sums must be exact and comparable with {@code equals} (a
 * {@code BigDecimal} 10 is not equal to 10.0), and one decimal is the finest grain the frameworks use. Negative
 * values are representable so that the host can report them rather than fail on them.
 */
public record Points(int tenths) implements Comparable<Points> {

    public static final Points ZERO = new Points(0);

    /** Whole points: {@code Points.of(70)}. */
    public static Points of(int wholePoints) {
        return new Points(Math.multiplyExact(wholePoints, 10));
    }

    public static Points ofTenths(int tenths) {
        return new Points(tenths);
    }

    /**
     * Points from a decimal with at most one digit after the point.
     *
     * @throws ArithmeticException when the value has a finer grain than a tenth
     */
    public static Points of(BigDecimal value) {
        return new Points(value.movePointRight(1).intValueExact());
    }

    /**
     * Parses {@code "70"}, {@code "7.5"} or the Vietnamese {@code "7,5"}.
     *
     * @throws NumberFormatException when the text is not such a number
     */
    public static Points parse(String text) {
        try {
            return of(new BigDecimal(text.strip().replace(',', '.')));
        } catch (ArithmeticException e) {
            throw new NumberFormatException("More than one decimal: " + text);
        }
    }

    public static Points sum(Collection<Points> points) {
        Points total = ZERO;
        for (Points p : points) {
            total = total.plus(p);
        }
        return total;
    }

    public Points plus(Points other) {
        return new Points(Math.addExact(tenths, other.tenths));
    }

    public Points minus(Points other) {
        return new Points(Math.subtractExact(tenths, other.tenths));
    }

    public boolean isPositive() {
        return tenths > 0;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(tenths, 1);
    }

    @Override
    public int compareTo(Points other) {
        return Integer.compare(tenths, other.tenths);
    }

    /** {@code "70"} or {@code "7.5"}; no trailing {@code ".0"}. */
    @Override
    public String toString() {
        return tenths % 10 == 0 ? Integer.toString(tenths / 10) : toBigDecimal().toPlainString();
    }
}
