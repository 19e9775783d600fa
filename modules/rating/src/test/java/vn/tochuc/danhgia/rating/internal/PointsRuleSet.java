package vn.tochuc.danhgia.rating.internal;

import java.math.BigDecimal;
import java.util.List;
import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.RatingFacts;
import vn.tochuc.danhgia.rating.RatingOutcome;
import vn.tochuc.danhgia.rating.RuleSet;

/** A rule set for these tests only, independent of the real ones: points alone (90/70/50), steps of 0.25. */
final class PointsRuleSet implements RuleSet {

    @Override
    public String id() {
        return "TEST";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean appliesTo(int year) {
        return true;
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
        BigDecimal p = facts.points();
        Level level = p.compareTo(BigDecimal.valueOf(90)) >= 0 ? Level.HTXSNV
                : p.compareTo(BigDecimal.valueOf(70)) >= 0 ? Level.HTTNV
                : p.compareTo(BigDecimal.valueOf(50)) >= 0 ? Level.HTNV : Level.KHTNV;
        return new RatingOutcome(level, List.of());
    }
}
