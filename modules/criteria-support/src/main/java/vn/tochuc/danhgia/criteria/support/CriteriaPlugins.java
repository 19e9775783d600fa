package vn.tochuc.danhgia.criteria.support;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.ScoringHint;
import vn.tochuc.danhgia.criteria.spi.ScoringRequest;

/**
 * A {@link CriteriaPlugin} made of its frameworks, built once, and its agency check, for
 * {@link vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory#create()}:
 *
 * <pre>{@code
 * return CriteriaPlugins.of(List.of(CollectiveFramework.build(), ChiefFramework.build(), DeputyFramework.build()),
 *         EducationCheck::check);
 * }</pre>
 *
 * The plugin keeps nothing else, so it is as safe for the host's concurrent calls as the check it is given (a
 * static method on its arguments is).
 */
public final class CriteriaPlugins {

    private CriteriaPlugins() {}

    /** A plugin without a scoring hint. */
    public static CriteriaPlugin of(List<Framework> frameworks, Function<Concretization, List<CheckMessage>> check) {
        return of(frameworks, check, request -> Optional.empty());
    }

    /** A plugin with a scoring hint. */
    public static CriteriaPlugin of(List<Framework> frameworks, Function<Concretization, List<CheckMessage>> check,
            Function<ScoringRequest, Optional<ScoringHint>> scoring) {
        return new Plugin(List.copyOf(frameworks), check, scoring);
    }

    private static final class Plugin implements CriteriaPlugin {

        private final List<Framework> frameworks;
        private final Function<Concretization, List<CheckMessage>> check;
        private final Function<ScoringRequest, Optional<ScoringHint>> scoring;

        Plugin(List<Framework> frameworks, Function<Concretization, List<CheckMessage>> check,
                Function<ScoringRequest, Optional<ScoringHint>> scoring) {
            this.frameworks = frameworks;
            this.check = check;
            this.scoring = scoring;
        }

        @Override
        public List<Framework> frameworks() {
            return frameworks;
        }

        @Override
        public List<CheckMessage> check(Concretization concretization) {
            return check.apply(concretization);
        }

        @Override
        public Optional<ScoringHint> suggestScores(ScoringRequest request) {
            return scoring.apply(request);
        }
    }
}
