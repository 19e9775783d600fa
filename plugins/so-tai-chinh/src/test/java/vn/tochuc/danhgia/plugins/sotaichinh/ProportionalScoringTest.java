package vn.tochuc.danhgia.plugins.sotaichinh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriterionScore;
import vn.tochuc.danhgia.criteria.spi.Measurement;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.ScoringHint;
import vn.tochuc.danhgia.criteria.spi.ScoringRequest;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

class ProportionalScoringTest {

    private final Concretization chief = Concretization.of(SubjectType.CHIEF, "STC", FinanceTargets.YEAR)
            .withTargets("2", FinanceTargets.chiefFour());

    @Test
    void suggestsPointsInProportionToWhatWasAchieved() {
        ScoringRequest request = new ScoringRequest(chief, List.of(
                new Measurement("2", 0, new BigDecimal("90")),
                new Measurement("2", 1, new BigDecimal("108")),
                new Measurement("2", 2, new BigDecimal("60"))));

        ScoringHint hint = new SoTaiChinhPluginFactory().create().suggestScores(request).orElseThrow();

        CriterionScore score = hint.criteria().get(0);
        assertEquals("2", score.criterionCode());
        // 25 × 90/95 = 23.68 → 23.6; revenue above the estimate is capped at the target's 20; 15 × 60/120 = 7.5
        assertEquals(List.of(Points.parse("23.6"), Points.of(20), Points.parse("7.5"), Points.ZERO),
                score.perTarget());
        assertEquals(Points.parse("51.1"), score.suggested());
        assertEquals("1 chỉ tiêu chưa có số liệu hoặc chưa có giá trị chỉ tiêu dương.", score.reason());
        assertEquals(ProportionalScoring.EXPLANATION, hint.explanation());
    }

    @Test
    void offersNoHintWithoutMeasurements() {
        assertTrue(new SoTaiChinhPluginFactory().create().suggestScores(new ScoringRequest(chief, List.of()))
                .isEmpty());
    }
}
