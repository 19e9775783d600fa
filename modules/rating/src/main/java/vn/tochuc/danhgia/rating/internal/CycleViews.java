package vn.tochuc.danhgia.rating.internal;

import java.util.Comparator;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.kernel.Zones;
import vn.tochuc.danhgia.rating.RatingCycleView;
import vn.tochuc.danhgia.rating.RatingSubjectView;
import vn.tochuc.danhgia.rating.SubjectState;
import vn.tochuc.danhgia.rating.domain.RatingCycle;
import vn.tochuc.danhgia.rating.domain.RatingSubject;

/** Cycles and subjects as the API shows them; times in Asia/Ho_Chi_Minh, blocked reasons in Vietnamese. */
final class CycleViews {

    /** Unit, then collective, chief, deputies, then the order they were listed in. */
    static final Comparator<RatingSubject> ORDER = Comparator.comparing(RatingSubject::unitCode)
            .thenComparing(RatingSubject::kind).thenComparing(RatingSubject::id);

    private CycleViews() {}

    static RatingCycleView cycle(RatingCycle c, long[] counts) {
        return new RatingCycleView(c.id(), c.year(), c.ruleSetId(), c.ruleSetVersion(),
                Zones.local(c.selfAssessmentDue()), Zones.local(c.commentsDue()), Zones.local(c.appraisalDue()),
                Zones.local(c.decisionDue()), (int) counts[0], (int) counts[1], c.createdBy(), c.createdAt(),
                c.version());
    }

    static RatingSubjectView subject(RatingSubject s, int year, SubjectState state) {
        return new RatingSubjectView(s.id(), s.cycleId(), year, s.unitCode(), s.unitName(), s.groupCode(),
                s.groupName(), s.kind(), s.personId(), s.personName(), s.personTitle(), s.frameworkId(), state,
                s.isBlocked() ? blockedReason(s) : null);
    }

    static String blockedReason(RatingSubject s) {
        Object arg = SubjectBuilder.NOT_APPROVED.equals(s.blockedKey())
                ? Messages.key("frameworks.state." + s.blockedArg()) : s.blockedArg();
        return Messages.get(Messages.VIETNAMESE, s.blockedKey(), arg);
    }
}
