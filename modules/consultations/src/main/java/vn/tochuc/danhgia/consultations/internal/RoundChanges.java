package vn.tochuc.danhgia.consultations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.consultations.ConsultationClosed;
import vn.tochuc.danhgia.consultations.ConsultationPublished;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.consultations.DeadlineExtended;
import vn.tochuc.danhgia.consultations.Extension;
import vn.tochuc.danhgia.consultations.domain.Consultation;
import vn.tochuc.danhgia.consultations.domain.ConsultationRepository;
import vn.tochuc.danhgia.consultations.domain.ConsultationRules;
import vn.tochuc.danhgia.consultations.domain.Recipient;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.notifications.Notifier;

/**
 * The round's life after it is created: published (the draft is sent, the units told), closed or consolidated, its
 * deadline extended for all or for one unit. Each change is audited and announced as an event; the caller holds the
 * consultation's row lock (see {@link DefaultConsultationService}).
 */
@ApplicationScoped
class RoundChanges {

    @Inject
    ConsultationRepository repository;

    @Inject
    Views views;

    @Inject
    DocumentService documents;

    @Inject
    Notifier notifier;

    @Inject
    AuditLog audit;

    @Inject
    Event<ConsultationPublished> published;

    @Inject
    Event<ConsultationClosed> closed;

    @Inject
    Event<DeadlineExtended> extended;

    ConsultationView publish(Consultation c) {
        long id = c.id();
        Instant now = Instant.now();
        if (c.state() == ConsultationState.DRAFT && !c.deadline().isAfter(now)) {
            throw AppException.invalid(List.of(FieldError.of("deadline", "consultations.error.deadline-past")));
        }
        c.moveTo(ConsultationState.OPEN, now);
        documents.markSent(c.versionId());
        List<String> units = repository.recipients(id).stream().map(Recipient::unitCode).toList();
        int users = notifier.notifyUnits(units, Announcements.published(c));
        repository.flush();
        audit.record(AuditEvent.action("PUBLISH", "consultation", String.valueOf(id),
                AuditSummary.of("consultations.audit.published", units.size(), users)));
        published.fire(new ConsultationPublished(id));
        return views.board(c);
    }

    ConsultationView move(Consultation c, ConsultationState next) {
        long id = c.id();
        ConsultationState before = c.state();
        c.moveTo(next, Instant.now());
        repository.flush();
        audit.record(AuditEvent.updated("consultation", String.valueOf(id), Map.of("state", before),
                Map.of("state", next)));
        if (next == ConsultationState.CLOSED) {
            closed.fire(new ConsultationClosed(id));
        }
        return views.board(c);
    }

    ConsultationView extend(Consultation c, Extension extension) {
        long id = c.id();
        ConsultationRules.requireOpen(c.state());
        Instant now = Instant.now();
        Checks checks = Checks.start().required("deadline", extension == null ? null : extension.deadline());
        checks.throwIfAny();
        Instant deadline = extension.deadline().toInstant();
        checks.when(!deadline.isAfter(now), "deadline", "consultations.error.deadline-past");
        String unit = extension.unit() == null || extension.unit().isBlank() ? null : extension.unit().strip();
        Recipient recipient = unit == null ? null : repository.recipient(id, unit).orElse(null);
        checks.when(unit != null && recipient == null, "unit", "consultations.error.unit-not-recipient", unit);
        checks.maxLength("reason", extension.reason(), 1000).throwIfAny();
        Instant before = recipient == null ? c.deadline()
                : ConsultationRules.deadline(c.deadline(), recipient.deadlineOverride());
        if (!deadline.isAfter(before)) {
            throw AppException.invalid(List.of(FieldError.of("deadline", "consultations.error.extend-earlier")));
        }
        List<String> told;
        if (recipient == null) {
            c.extendTo(deadline);
            told = repository.recipients(id).stream().filter(r -> repository.currentSubmission(id, r.unitCode())
                    .isEmpty()).map(Recipient::unitCode).toList();
        } else {
            recipient.extendTo(deadline);
            told = List.of(unit);
        }
        notifier.notifyUnits(told, Announcements.extended(c, deadline, extension.reason()));
        repository.flush();
        Object extendedFor = unit == null ? Messages.key("consultations.audit.all-units") : unit;
        audit.record(new AuditEvent("EXTEND", "consultation", String.valueOf(id), "",
                Map.of("deadline", before.toString()), Map.of("deadline", deadline.toString(),
                        "unit", unit == null ? "*" : unit),
                extension.reason() == null ? AuditSummary.of("consultations.audit.extended", extendedFor)
                        : AuditSummary.of("consultations.audit.extended-reason", extendedFor, extension.reason())));
        extended.fire(new DeadlineExtended(id, unit, deadline));
        return views.board(c);
    }
}
