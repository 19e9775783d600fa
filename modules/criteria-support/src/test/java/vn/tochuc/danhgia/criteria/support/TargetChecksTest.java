package vn.tochuc.danhgia.criteria.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.Severity;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;

class TargetChecksTest {

    private static Target valued(String value, String unit) {
        return new Target("Chỉ tiêu", "", value == null ? null : new BigDecimal(value), unit, "", null, null);
    }

    @Test
    void visitsEveryTargetWithItsCriterionAndIndexAfterTheFirstMessages() {
        Concretization concretization = Concretization.of(SubjectType.DEPUTY, "STC", 2026)
                .withTargets("2.a", List.of(valued("1", "%"), valued("2", "%")))
                .withTargets("2.b", List.of(valued("3", "%")));
        CheckMessage first = CheckMessage.warning("x.first", "2.a", null, "Trước");

        List<CheckMessage> messages = TargetChecks.eachTarget(concretization, List.of(first),
                (code, index, target, found) -> found.add(CheckMessage.info("x.seen", code, index,
                        target.targetValue().toPlainString())));

        assertEquals(List.of("x.first", "x.seen", "x.seen", "x.seen"),
                messages.stream().map(CheckMessage::ruleId).toList());
        assertEquals(List.of("2.a:0=1", "2.a:1=2", "2.b:0=3"), messages.subList(1, 4).stream()
                .map(m -> m.criterionCode() + ":" + m.targetIndex() + "=" + m.text()).toList());
    }

    @Test
    void findsAPercentageAbove100OnlyWhenThereIsOne() {
        assertTrue(TargetChecks.isPercentageOver100(valued("100.5", "%")));
        assertTrue(TargetChecks.isPercentageOver100(valued("101", " % ")));
        assertFalse(TargetChecks.isPercentageOver100(valued("100", "%")));
        assertFalse(TargetChecks.isPercentageOver100(valued("250", "tỷ đồng")));
        assertFalse(TargetChecks.isPercentageOver100(valued(null, "%")));
        assertFalse(TargetChecks.isPercentageOver100(new Target(null, null, null, null, null, null, null)));
    }

    @Test
    void saysSoAsAnErrorAtTheTarget() {
        CheckMessage message = TargetChecks.percentageOver100("x.percentage-over-100", "2", 3);

        assertEquals(new CheckMessage(Severity.ERROR, "x.percentage-over-100", "2", 3,
                "Chỉ tiêu tỷ lệ không được vượt quá 100%."), message);
    }
}
