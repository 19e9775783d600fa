package vn.tochuc.danhgia.frameworks.internal;

import java.math.BigDecimal;

/** Points and values as Vietnamese documents write them: a decimal comma, no trailing zeros ("17,5", "70"). */
final class Numbers {

    private Numbers() {}

    static String points(BigDecimal value) {
        return value == null ? "0" : value(value);
    }

    static String value(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return (value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros()).toPlainString().replace('.', ',');
    }
}
