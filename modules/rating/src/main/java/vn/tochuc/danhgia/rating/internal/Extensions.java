package vn.tochuc.danhgia.rating.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.Zones;
import vn.tochuc.danhgia.rating.ExtensionRequest;
import vn.tochuc.danhgia.rating.ExtensionView;
import vn.tochuc.danhgia.rating.domain.Extension;
import vn.tochuc.danhgia.rating.domain.RatingCycle;
import vn.tochuc.danhgia.rating.domain.RatingRepository;
import vn.tochuc.danhgia.rating.domain.RatingSubject;

/**
 * The self-assessment deadline per unit: the cycle's, unless the Board extended it for the unit (to a later time,
 * with a reason). Setting it again replaces the unit's extension.
 */
@ApplicationScoped
public class Extensions {

    @Inject
    RatingRepository ratings;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** When the unit's self-assessments are due in the cycle. */
    public Instant due(RatingCycle cycle, String unitCode) {
        return ratings.extension(cycle.id(), unitCode).map(Extension::until).orElse(cycle.selfAssessmentDue());
    }

    /** Refuses a change to a self-assessment once the unit's deadline has passed. */
    public void requireOpen(RatingSubject subject, RatingCycle cycle) {
        Instant due = due(cycle, subject.unitCode());
        if (clock.instant().isAfter(due)) {
            throw AppException.conflict("rating.error.self-assessment-closed", Zones.dateTime(due));
        }
    }

    ExtensionView extend(RatingCycle cycle, String unit, ExtensionRequest request) {
        Instant until = request == null || request.until() == null ? null : request.until().toInstant();
        String reason = request == null || request.reason() == null ? "" : request.reason().strip();
        Checks.start().required("until", until)
                .when(until != null && !until.isAfter(cycle.selfAssessmentDue()), "until",
                        "rating.error.extension-not-later", Zones.dateTime(cycle.selfAssessmentDue()))
                .required("reason", reason).maxLength("reason", reason, 1000).throwIfAny();
        if (ratings.subjects(cycle.id(), unit).isEmpty()) {
            throw AppException.notFound("rating.error.unit-not-in-cycle", unit);
        }
        Extension extension = ratings.extension(cycle.id(), unit).orElseGet(() -> {
            Extension created = new Extension(cycle.id(), unit);
            ratings.add(created);
            return created;
        });
        extension.set(until, reason, access.username(), clock.instant());
        audit.record(AuditEvent.action("EXTEND", RatingAudit.EXTENSION, cycle.id() + "/" + unit,
                AuditSummary.of("rating.audit.extended", unit, Integer.toString(cycle.year()), Zones.dateTime(until),
                        reason)));
        return new ExtensionView(cycle.id(), unit, Zones.local(until), reason, extension.updatedBy(),
                extension.updatedAt());
    }
}
