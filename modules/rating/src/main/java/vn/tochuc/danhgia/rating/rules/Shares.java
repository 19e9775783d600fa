package vn.tochuc.danhgia.rating.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.tochuc.danhgia.rating.TargetOutcome;

/**
 * The counts of a list of target outcomes. Shares are compared exactly ({@code part × 100 ≥ percent × total}, no
 * rounding); they are rounded (half up, at most one decimal) only where a message shows them.
 */
record Shares(int total, int done, int onTime, int exceeded, int late) {

    static Shares of(List<TargetOutcome> outcomes) {
        return new Shares(outcomes.size(),
                (int) outcomes.stream().filter(TargetOutcome::isDone).count(),
                (int) outcomes.stream().filter(TargetOutcome::isOnTime).count(),
                (int) outcomes.stream().filter(o -> o == TargetOutcome.EXCEEDED).count(),
                (int) outcomes.stream().filter(o -> o == TargetOutcome.LATE).count());
    }

    boolean isEmpty() {
        return total == 0;
    }

    int missed() {
        return total - done;
    }

    int notOnTime() {
        return total - onTime;
    }

    /** {@code part} is at least {@code percent} % of {@code whole}; false when whole is 0. */
    static boolean atLeast(int part, int whole, int percent) {
        return whole > 0 && part * 100L >= (long) percent * whole;
    }

    /** {@code part} is more than {@code percent} % of {@code whole}; false when whole is 0. */
    static boolean moreThan(int part, int whole, int percent) {
        return whole > 0 && part * 100L > (long) percent * whole;
    }

    /** The share as a message shows it: "33.3", "50". */
    static String percent(int part, int whole) {
        if (whole == 0) {
            return "0";
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** Points as a message shows them: "89.75", "90". */
    static String points(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }
}
