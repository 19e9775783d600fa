package vn.tochuc.danhgia.rating.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.RatingFacts;
import vn.tochuc.danhgia.rating.RatingOutcome;
import vn.tochuc.danhgia.rating.RuleSet;
import vn.tochuc.danhgia.rating.RuleSets;

/**
 * TEMPORARY, until the rating-rules branch merges: one points-only rule set (90/70/50, step 0.25, quota 20%, chief
 * capped) for every year from 2023, under the ids the real rule sets use. The integrator drops this commit.
 */
@ApplicationScoped
public class DefaultRuleSets implements RuleSets {

    private static final List<RuleSet> ALL = List.of(new PointsOnly("QD124", 2023, 2024),
            new PointsOnly("QD366", 2025, 9999));

    @Override
    public Optional<RuleSet> forYear(int year) {
        return ALL.stream().filter(r -> r.appliesTo(year)).findFirst();
    }

    @Override
    public Optional<RuleSet> byId(String id, int version) {
        return ALL.stream().filter(r -> r.id().equals(id) && r.version() == version).findFirst();
    }

    private record PointsOnly(String id, int from, int to) implements RuleSet {

        @Override
        public int version() {
            return 1;
        }

        @Override
        public boolean appliesTo(int year) {
            return from <= year && year <= to;
        }

        @Override
        public BigDecimal pointStep() {
            return new BigDecimal("0.25");
        }

        @Override
        public int quotaPercent() {
            return 20;
        }

        @Override
        public boolean chiefCappedByCollective() {
            return true;
        }

        @Override
        public RatingOutcome rate(RatingFacts facts) {
            BigDecimal points = facts.points();
            Level level = points.compareTo(BigDecimal.valueOf(90)) >= 0 ? Level.HTXSNV
                    : points.compareTo(BigDecimal.valueOf(70)) >= 0 ? Level.HTTNV
                    : points.compareTo(BigDecimal.valueOf(50)) >= 0 ? Level.HTNV : Level.KHTNV;
            return new RatingOutcome(level, List.of());
        }
    }
}
