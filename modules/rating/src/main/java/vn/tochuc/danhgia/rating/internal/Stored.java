package vn.tochuc.danhgia.rating.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.rating.RuleSet;
import vn.tochuc.danhgia.rating.RuleSets;
import vn.tochuc.danhgia.rating.domain.RatingCycle;
import vn.tochuc.danhgia.rating.domain.RatingRepository;
import vn.tochuc.danhgia.rating.domain.RatingSubject;
import vn.tochuc.danhgia.rating.domain.SelfAssessment;

/** Loads a subject with its cycle, the cycle's rule set and the self-assessment, or fails as the API should. */
@ApplicationScoped
public class Stored {

    @Inject
    RatingRepository ratings;

    @Inject
    RuleSets ruleSets;

    /** A subject with everything a self-assessment needs. */
    public record Rated(RatingSubject subject, RatingCycle cycle, RuleSet rules, SelfAssessment assessment) {}

    public RatingSubject subject(long id) {
        return ratings.subject(id).orElseThrow(() -> AppException.notFound("rating.error.subject-not-found", Long.toString(id)));
    }

    /**
     * @param forUpdate lock the self-assessment row (writes)
     * @throws AppException NOT_FOUND, or CONFLICT for a blocked subject or a rule set this server does not have
     */
    public Rated rated(RatingSubject s, boolean forUpdate) {
        if (s.isBlocked()) {
            throw AppException.conflict("rating.error.blocked", CycleViews.blockedReason(s));
        }
        RatingCycle c = ratings.cycle(s.cycleId()).orElseThrow();
        RuleSet rules = ruleSets.byId(c.ruleSetId(), c.ruleSetVersion()).orElseThrow(
                () -> AppException.conflict("rating.error.rule-set-missing", c.ruleSetId(), Integer.toString(c.ruleSetVersion())));
        SelfAssessment a = (forUpdate ? ratings.selfAssessmentForUpdate(s.id()) : ratings.selfAssessment(s.id()))
                .orElseThrow(() -> AppException.notFound("rating.error.subject-not-found", Long.toString(s.id())));
        return new Rated(s, c, rules, a);
    }
}
