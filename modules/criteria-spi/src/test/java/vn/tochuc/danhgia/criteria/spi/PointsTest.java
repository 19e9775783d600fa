package vn.tochuc.danhgia.criteria.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    void keepsPointsAsTenths() {
        assertEquals(700, Points.of(70).tenths());
        assertEquals(75, Points.parse("7,5").tenths());
        assertEquals(75, Points.parse("7.5").tenths());
        assertEquals(Points.of(10), Points.of(new BigDecimal("10.0")));
    }

    @Test
    void addsUpExactly() {
        List<Points> thirds = List.of(Points.parse("23.3"), Points.parse("23.3"), Points.parse("23.4"));
        assertEquals(Points.of(70), Points.sum(thirds));
        assertEquals(Points.parse("2.5"), Points.of(10).minus(Points.parse("7.5")));
    }

    @Test
    void printsWithoutATrailingZero() {
        assertEquals("70", Points.of(70).toString());
        assertEquals("7.5", Points.ofTenths(75).toString());
        assertEquals("-0.5", Points.ofTenths(-5).toString());
    }

    @Test
    void refusesFinerGrainThanATenth() {
        assertThrows(NumberFormatException.class, () -> Points.parse("7.25"));
        assertThrows(NumberFormatException.class, () -> Points.parse("bảy"));
        assertThrows(ArithmeticException.class, () -> Points.of(new BigDecimal("0.05")));
    }
}
