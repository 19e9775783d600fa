package vn.tochuc.danhgia.rating.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.rating.RatingOutcome;
import vn.tochuc.danhgia.rating.SelfAssessmentEdit;
import vn.tochuc.danhgia.rating.SelfAssessmentReceipt;
import vn.tochuc.danhgia.rating.SelfAssessmentService;
import vn.tochuc.danhgia.rating.SelfAssessmentSubmitted;
import vn.tochuc.danhgia.rating.SelfAssessmentView;
import vn.tochuc.danhgia.rating.SignRequest;
import vn.tochuc.danhgia.rating.domain.RatingRepository;
import vn.tochuc.danhgia.rating.domain.RatingSubject;
import vn.tochuc.danhgia.rating.domain.SelfAssessment;

/**
 * Self-assessments: the Board or the subject's unit reads; only the unit saves and submits, while the draft is open
 * (not submitted, before its deadline) and with the version it read. Each write checks first, then writes and audits
 * in one transaction.
 */
@ApplicationScoped
public class DefaultSelfAssessmentService implements SelfAssessmentService {

    @Inject
    Access access;

    @Inject
    Stored stored;

    @Inject
    Extensions extensions;

    @Inject
    RatingRepository ratings;

    @Inject
    SelfAssessmentViews views;

    @Inject
    AuditLog audit;

    @Inject
    Event<SelfAssessmentSubmitted> submitted;

    Clock clock = Clock.systemUTC();

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public SelfAssessmentView get(long subjectId) {
        RatingSubject s = stored.subject(subjectId);
        access.requireRead(s.unitCode());
        Stored.Rated r = stored.rated(s, false);
        return views.view(s, r.cycle(), r.rules(), r.assessment());
    }

    @Override
    @Transactional
    public SelfAssessmentView save(long subjectId, SelfAssessmentEdit edit) {
        if (edit == null) {
            throw AppException.invalid(List.of(FieldError.of("body", "error.field.required")));
        }
        Stored.Rated r = writable(subjectId, edit.version());
        Scores scores = Scoring.check(Frame.read(r.subject().frameJson()), r.rules(), r.subject().kind(), edit);
        String json = scores.json();
        r.assessment().save(json, access.username(), clock.instant());
        audit.record(AuditEvent.updated(RatingAudit.SELF_ASSESSMENT, Long.toString(subjectId), null,
                RatingAudit.scores(r.subject(), "DRAFT", json)).withSummary(AuditSummary.of("rating.audit.saved",
                        r.subject().unitCode(), label(r.subject()), Scoring.plain(Scoring.total(scores)))));
        ratings.flush();
        return views.view(r.subject(), r.cycle(), r.rules(), r.assessment());
    }

    @Override
    @Transactional
    public SelfAssessmentReceipt submit(long subjectId, SignRequest request) {
        if (request == null) {
            throw AppException.invalid(List.of(FieldError.of("body", "error.field.required")));
        }
        Stored.Rated r = writable(subjectId, request.version());
        String name = request.signerName() == null ? "" : request.signerName().strip();
        String title = request.signerTitle() == null ? "" : request.signerTitle().strip();
        Checks.start().required("signerName", name).maxLength("signerName", name, 200)
                .required("signerTitle", title).maxLength("signerTitle", title, 200).throwIfAny();
        Frame frame = Frame.read(r.subject().frameJson());
        Scores scores = Scores.read(r.assessment().scoresJson());
        Scoring.checkComplete(frame, scores);
        RatingOutcome outcome = r.rules().rate(Scoring.facts(frame, scores, r.subject().kind()));
        Instant now = clock.instant();
        String receipt = Receipts.number(r.cycle().year(), r.subject());
        r.assessment().submit(name, title, receipt, access.username(), now);
        audit.record(AuditEvent.action("SUBMIT", RatingAudit.SELF_ASSESSMENT, Long.toString(subjectId),
                AuditSummary.of("rating.audit.submitted", r.subject().unitCode(), label(r.subject()), receipt,
                        Scoring.plain(Scoring.total(scores)), outcome.level().name(), name)));
        submitted.fire(new SelfAssessmentSubmitted(subjectId, r.cycle().id(), r.subject().unitCode(), receipt));
        return new SelfAssessmentReceipt(subjectId, receipt, now, name, title, Scoring.total(scores), outcome.level());
    }

    /** The subject's self-assessment, locked, if the caller's unit may change it now with this version. */
    private Stored.Rated writable(long subjectId, Long version) {
        RatingSubject s = stored.subject(subjectId);
        access.requireOwn(s.unitCode());
        Stored.Rated r = stored.rated(s, true);
        SelfAssessment a = r.assessment();
        if (a.submitted()) {
            throw AppException.conflict("rating.error.submitted", a.receiptNumber());
        }
        extensions.requireOpen(s, r.cycle());
        if (version == null) {
            throw AppException.invalid(List.of(FieldError.of("version", "error.field.required")));
        }
        if (version != a.version()) {
            throw AppException.conflict("error.conflict.version", a.version(), version);
        }
        return r;
    }

    private static String label(RatingSubject s) {
        return s.personName().isEmpty() ? s.kind().name() : s.kind().name() + " " + s.personName();
    }
}
