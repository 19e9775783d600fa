package vn.tochuc.danhgia.plugins.sotaichinh;

import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.ScoringHint;
import vn.tochuc.danhgia.criteria.spi.ScoringRequest;

/** Immutable after construction, hence safe for the host's concurrent calls. */
final class SoTaiChinhPlugin implements CriteriaPlugin {

    private final List<Framework> frameworks =
            List.of(CollectiveFramework.build(), ChiefFramework.build(), DeputyFramework.build());

    @Override
    public List<Framework> frameworks() {
        return frameworks;
    }

    @Override
    public List<CheckMessage> check(Concretization concretization) {
        return FinanceCheck.check(concretization);
    }

    @Override
    public Optional<ScoringHint> suggestScores(ScoringRequest request) {
        return ProportionalScoring.suggest(request);
    }
}
