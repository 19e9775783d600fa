package vn.tochuc.danhgia.criteria.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Input of {@link CriteriaPlugin#suggestScores(ScoringRequest)}: a concretization and what was achieved.
 * Targets without a measurement were not measured.
 */
public record ScoringRequest(Concretization concretization, List<Measurement> measurements) {

    public ScoringRequest {
        measurements = Texts.copy(measurements);
    }

    /** The achieved value of one target, if measured. */
    public Optional<BigDecimal> achieved(String criterionCode, int targetIndex) {
        return measurements.stream()
                .filter(m -> m.criterionCode().equals(criterionCode) && m.targetIndex() == targetIndex)
                .map(Measurement::achieved)
                .filter(v -> v != null)
                .findFirst();
    }
}
