package vn.tochuc.danhgia.rating.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.rating.CriterionScore;
import vn.tochuc.danhgia.rating.Reason;

class PointRulesTest {

    private static final BigDecimal STEP = new BigDecimal("0.25");

    private static CriterionScore general(String code, String points, String max) {
        return new CriterionScore(code, new BigDecimal(points), new BigDecimal(max), false);
    }

    private static CriterionScore task(String code, String points, String max) {
        return new CriterionScore(code, new BigDecimal(points), new BigDecimal(max), true);
    }

    @Test
    void pointsInQuartersWithinTheirMaximaOnA30And70FrameworkPass() {
        var criteria = List.of(general("1.1", "9.75", "10"), general("1.2", "20", "20"), task("2.1", "0", "70"));

        assertEquals(List.of(), PointRules.validate(criteria, STEP));
    }

    @Test
    void negativeAboveTheMaximumAndOffTheStepAreRefused() {
        var criteria = List.of(general("1.1", "-1", "10"), general("1.2", "20.5", "20"), task("2.1", "30.1", "70"));

        assertEquals(List.of(Reason.of(PointRules.NEGATIVE, "1.1", "-1"),
                Reason.of(PointRules.ABOVE_MAX, "1.2", "20.5", "20"),
                Reason.of(PointRules.OFF_STEP, "2.1", "30.1", "0.25")), PointRules.validate(criteria, STEP));
    }

    @Test
    void aFrameworkThatIsNot30Plus70IsRefused() {
        var criteria = List.of(general("1", "10", "40"), task("2", "10", "60"));

        assertEquals(List.of(Reason.of(PointRules.PARTS, "40", "60")), PointRules.validate(criteria, STEP));
    }
}
