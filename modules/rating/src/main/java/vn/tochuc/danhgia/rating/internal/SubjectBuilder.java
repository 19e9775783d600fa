package vn.tochuc.danhgia.rating.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.tochuc.danhgia.frameworks.FrameworkRow;
import vn.tochuc.danhgia.frameworks.FrameworkState;
import vn.tochuc.danhgia.frameworks.UnitFrameworkService;
import vn.tochuc.danhgia.frameworks.UnitFrameworkView;
import vn.tochuc.danhgia.rating.SubjectKind;
import vn.tochuc.danhgia.rating.domain.RatingSubject;
import vn.tochuc.danhgia.rating.domain.SelfAssessment;

/**
 * Builds a cycle's subjects from the frameworks module's overview of the year: every active unit's collective, chief
 * and each listed deputy. A subject with an approved framework gets that framework frozen into its frame; any other
 * is BLOCKED with the reason (no framework assigned, no deputy listed, not approved yet), never left out.
 */
@ApplicationScoped
public class SubjectBuilder {

    static final String NO_FRAMEWORK = "rating.blocked.no-framework";
    static final String NO_DEPUTY = "rating.blocked.no-deputy";
    static final String NOT_APPROVED = "rating.blocked.not-approved";

    @Inject
    UnitFrameworkService frameworks;

    /** The subjects (and a draft self-assessment for each one that can be rated) of the year, for a new cycle. */
    public List<Built> build(long cycleId, int year) {
        return frameworks.overview(year).stream().map(row -> subject(cycleId, year, row)).toList();
    }

    /** A subject and, unless blocked, its empty self-assessment (to be persisted once the subject has its id). */
    public record Built(RatingSubject subject, boolean rated) {
        public SelfAssessment selfAssessment() {
            return new SelfAssessment(subject.id(), Scores.EMPTY.json());
        }
    }

    private Built subject(long cycleId, int year, FrameworkRow row) {
        RatingSubject.Who who = new RatingSubject.Who(row.unitCode(), row.unitName(), row.groupCode(),
                row.groupName(), SubjectKind.valueOf(row.subjectType().name()), row.personId(), row.personName(),
                row.personTitle(), row.deputyField());
        if (row.missingPerson()) {
            return new Built(RatingSubject.blocked(cycleId, who, NO_DEPUTY, Integer.toString(year)), false);
        }
        if (!row.available() && row.id() == null) {
            return new Built(RatingSubject.blocked(cycleId, who, NO_FRAMEWORK, Integer.toString(year)), false);
        }
        if (row.state() != FrameworkState.APPROVED) {
            return new Built(RatingSubject.blocked(cycleId, who, NOT_APPROVED, row.state().name()), false);
        }
        UnitFrameworkView approved = frameworks.get(row.id());
        Frame frame = Frame.of(approved.framework(), approved.targets());
        return new Built(RatingSubject.rated(cycleId, who, approved.id(), approved.snapshotId(),
                approved.approval() == null ? null : approved.approval().sha256(), frame.json()), true);
    }
}
