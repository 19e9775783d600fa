package vn.tochuc.danhgia.rating.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.rating.RatingCycleDraft;

/** A new cycle's step deadlines: all given, in the order of the steps. */
final class Deadlines {

    private static final String[] FIELDS = {"selfAssessmentDue", "commentsDue", "appraisalDue", "decisionDue"};

    private Deadlines() {}

    /** The four deadlines as instants. @throws vn.tochuc.danhgia.kernel.AppException INVALID naming each bad one */
    static Instant[] of(RatingCycleDraft draft, Checks checks) {
        OffsetDateTime[] given = {draft.selfAssessmentDue(), draft.commentsDue(), draft.appraisalDue(),
                draft.decisionDue()};
        Instant[] out = new Instant[4];
        for (int i = 0; i < 4; i++) {
            checks.required(FIELDS[i], given[i]);
            out[i] = given[i] == null ? null : given[i].toInstant();
            if (i > 0 && out[i] != null && out[i - 1] != null) {
                checks.when(out[i].isBefore(out[i - 1]), FIELDS[i], "rating.error.deadline-order", FIELDS[i - 1]);
            }
        }
        checks.throwIfAny();
        return out;
    }
}
