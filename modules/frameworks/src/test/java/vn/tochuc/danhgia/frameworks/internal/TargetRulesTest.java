package vn.tochuc.danhgia.frameworks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.FindingView;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.Severity;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.frameworks.Trees;
import vn.tochuc.danhgia.kernel.FieldError;

class TargetRulesTest {

    @Test
    void refusesTargetsOfCriteriaTheFrameworkDoesNotConcretizeAndPointsFinerThanATenth() {
        TargetRow fine = Trees.target("Giải ngân", "17.5");
        TargetRow tooFine = Trees.target("Thu ngân sách", "17.55");

        List<FieldError> errors = TargetRules.validate(Map.of("2", List.of(fine, tooFine), "1.b", List.of(fine)),
                Set.of("2")).errors();

        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.contains(FieldError.of("targets[1.b]", "frameworks.error.criterion-not-concretized",
                "1.b")));
        assertTrue(errors.contains(FieldError.of("targets[2][1].points", "frameworks.error.points-decimals")));
    }

    @Test
    void acceptsAnIncompleteDraft() {
        TargetRow empty = new TargetRow("", "", null, "", "", null, null);

        assertTrue(TargetRules.validate(Map.of("2", List.of(empty)), Set.of("2")).ok());
    }

    @Test
    void buildsTheConcretizationTheChecksTake() {
        Concretization c = TargetRules.concretization("STC", 2026, SubjectType.DEPUTY, "Đầu tư công",
                Map.of("2.a", List.of(Trees.target("Giải ngân", "25"), new TargetRow("", "", null, "", "", null,
                        null))));

        assertEquals("Đầu tư công", c.deputyField());
        assertEquals(Points.of(25), c.targetsOf("2.a").get(0).points());
        assertEquals(Points.ZERO, c.targetsOf("2.a").get(1).points());
        assertEquals(BigDecimal.valueOf(100), c.targetsOf("2.a").get(0).targetValue());
    }

    @Test
    void namesTheCriterionAndTargetOfEachErrorAndLeavesWarningsOut() {
        List<FindingView> findings = List.of(
                new FindingView("TARGET_POINTS_DO_NOT_ADD_UP", Severity.ERROR, SubjectType.CHIEF, "2", null,
                        "Tổng điểm các chỉ tiêu của tiêu chí 2 là 60; phải bằng 70 điểm.", "… 60 … 70"),
                new FindingView("TARGET_FIELD_MISSING", Severity.ERROR, SubjectType.CHIEF, "2", 1, "thiếu", "missing"),
                new FindingView("DEPUTY_FIELD_MISSING", Severity.ERROR, SubjectType.DEPUTY, "", null, "lĩnh vực",
                        "field"),
                new FindingView("stc.giai-ngan-required", Severity.WARNING, SubjectType.CHIEF, "2", null, "nên có",
                        "advised"));

        List<FieldError> errors = TargetRules.errors(findings);

        assertEquals(List.of("targets[2]", "targets[2][1]", "deputyField"),
                errors.stream().map(FieldError::field).toList());
        assertEquals(List.of("Tổng điểm các chỉ tiêu của tiêu chí 2 là 60; phải bằng 70 điểm.", "… 60 … 70"),
                errors.get(0).args());
        assertEquals(TargetRules.FINDING_KEY, errors.get(0).key());
    }
}
