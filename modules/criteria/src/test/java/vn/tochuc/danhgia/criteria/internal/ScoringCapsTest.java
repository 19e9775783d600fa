package vn.tochuc.danhgia.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriterionScore;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.ScoringHint;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.testkit.SampleConcretizations;

class ScoringCapsTest {

    @Test
    void capsSuggestionsAtTheCriterionsMaximumAndEachTargetsPoints() {
        var framework = Trees.of(FrameworkJsonTest.chief());
        Concretization c = Concretization.of(SubjectType.CHIEF, "STC", 2026).withTargets("2",
                SampleConcretizations.split("Chỉ tiêu", Points.of(70), 2, 2026));
        ScoringHint hint = new ScoringHint(List.of(
                new CriterionScore("2", Points.of(95), List.of(Points.of(50), Points.parse("-3")), "vượt kế hoạch"),
                new CriterionScore("9", Points.of(10), List.of(), "không có trong khung")), "gợi ý");

        ScoringHint capped = ScoringCaps.cap(hint, framework, c);

        assertEquals(1, capped.criteria().size());
        assertEquals(Points.of(70), capped.criteria().get(0).suggested());
        assertEquals(List.of(Points.of(35), Points.ZERO), capped.criteria().get(0).perTarget());
        assertEquals("gợi ý", capped.explanation());
    }
}
