package vn.tochuc.danhgia.rating;

import java.util.List;

/**
 * What a rule set derives: the level and every reason that kept the subject from a higher one (or sent it down).
 *
 * @param level   the level the facts allow
 * @param reasons in the order a reader should see them: each condition that kept the subject from a higher level
 *                (the points too), or, when a case forces KHTNV, those cases; empty only for an HTXSNV without
 *                anything to note
 */
public record RatingOutcome(Level level, List<Reason> reasons) {
    public RatingOutcome {
        reasons = List.copyOf(reasons);
    }
}
