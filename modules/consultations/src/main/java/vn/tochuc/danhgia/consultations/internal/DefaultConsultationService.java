package vn.tochuc.danhgia.consultations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.consultations.CommentsByNode;
import vn.tochuc.danhgia.consultations.ConsultationClosed;
import vn.tochuc.danhgia.consultations.ConsultationDraft;
import vn.tochuc.danhgia.consultations.ConsultationPublished;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.consultations.DeadlineExtended;
import vn.tochuc.danhgia.consultations.Extension;
import vn.tochuc.danhgia.consultations.Receipt;
import vn.tochuc.danhgia.consultations.RecipientStatus;
import vn.tochuc.danhgia.consultations.StatusCounts;
import vn.tochuc.danhgia.consultations.SubmittedComment;
import vn.tochuc.danhgia.consultations.domain.Consultation;
import vn.tochuc.danhgia.consultations.domain.ConsultationRepository;
import vn.tochuc.danhgia.consultations.domain.ConsultationRules;
import vn.tochuc.danhgia.consultations.domain.Recipient;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.notifications.Notifier;

@ApplicationScoped
public class DefaultConsultationService implements ConsultationService {

    @Inject
    ConsultationRepository repository;

    @Inject
    Access access;

    @Inject
    ConsultationFactory factory;

    @Inject
    Views views;

    @Inject
    Tracking tracking;

    @Inject
    CommentsReader comments;

    @Inject
    AttachedTasks attachedTasks;

    @Inject
    Reminders reminders;

    @Inject
    ConsultationSettings settings;

    @Inject
    DocumentService documents;

    @Inject
    Notifier notifier;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Event<ConsultationPublished> published;

    @Inject
    Event<ConsultationClosed> closed;

    @Inject
    Event<DeadlineExtended> extended;

    @Override
    @Transactional
    public ConsultationView create(ConsultationDraft draft) {
        access.requireBoard();
        return views.board(factory.create(draft));
    }

    @Override
    @Transactional
    public ConsultationView publish(long id) {
        access.requireBoard();
        Consultation c = forUpdate(id);
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
                units.size() + " đơn vị, " + users + " người dùng được thông báo"));
        published.fire(new ConsultationPublished(id));
        return views.board(c);
    }

    @Override
    @Transactional
    public ConsultationView close(long id) {
        return move(id, ConsultationState.CLOSED);
    }

    @Override
    @Transactional
    public ConsultationView markConsolidated(long id) {
        return move(id, ConsultationState.CONSOLIDATED);
    }

    private ConsultationView move(long id, ConsultationState next) {
        access.requireBoard();
        Consultation c = forUpdate(id);
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

    @Override
    @Transactional
    public ConsultationView extend(long id, Extension extension) {
        access.requireBoard();
        Consultation c = forUpdate(id);
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
        audit.record(new AuditEvent("EXTEND", "consultation", String.valueOf(id),
                (unit == null ? "Tất cả đơn vị" : unit) + (extension.reason() == null ? "" : ": " + extension.reason()),
                Map.of("deadline", before.toString()), Map.of("deadline", deadline.toString(),
                        "unit", unit == null ? "*" : unit)));
        extended.fire(new DeadlineExtended(id, unit, deadline));
        return views.board(c);
    }

    @Override
    @Transactional
    public List<String> remind(long id, List<String> units) {
        access.requireBoard();
        Consultation c = forUpdate(id);
        ConsultationRules.requireOpen(c.state());
        List<Recipient> all = repository.recipients(id);
        List<Recipient> chosen = units == null || units.isEmpty() ? all
                : all.stream().filter(r -> units.contains(r.unitCode())).toList();
        if (units != null && chosen.size() < units.size()) {
            String unknown = units.stream().filter(u -> all.stream().noneMatch(r -> r.unitCode().equals(u)))
                    .findFirst().orElse("");
            throw AppException.invalid(List.of(FieldError.of("units", "consultations.error.unit-not-recipient",
                    unknown)));
        }
        return reminders.send(c, chosen, "MANUAL", Instant.now());
    }

    @Override
    @Transactional
    public int sendDueReminders() {
        Instant now = Instant.now();
        int sent = 0;
        for (Consultation c : repository.open()) {
            sent += reminders.due(c, settings.reminderDaysBefore(), now);
        }
        return sent;
    }

    @Override
    @Transactional
    public List<ConsultationView> list() {
        if (access.board()) {
            return repository.all().stream().map(views::board).toList();
        }
        String unit = access.myUnit();
        return repository.forUnit(unit).stream().map(c -> views.unit(c, unit)).toList();
    }

    @Override
    @Transactional
    public ConsultationView get(long id) {
        Consultation c = access.existing(id);
        if (access.board()) {
            return views.board(c);
        }
        String unit = access.myUnit();
        views.opened(access.recipientOf(c, unit));
        return views.unit(c, unit);
    }

    @Override
    @Transactional
    public List<NodeRef> nodes(long id) {
        Consultation c = access.existing(id);
        if (!access.board()) {
            views.opened(access.recipientOf(c, access.myUnit()));
        }
        return documents.nodes(c.versionId());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecipientStatus> status(long id) {
        access.requireBoard();
        return tracking.rows(access.existing(id));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public StatusCounts counts(long id) {
        return Tracking.counts(status(id));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] statusWorkbook(long id) {
        access.requireBoard();
        Consultation c = access.existing(id);
        List<RecipientStatus> rows = tracking.rows(c);
        return StatusWorkbook.write(c, rows, attachedTasks.columns(id, rows.stream().map(RecipientStatus::unit)
                .toList()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommentsByNode comments(long id) {
        access.requireBoard();
        return comments.grouped(access.existing(id));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubmittedComment> submittedComments(long id) {
        access.requireBoard();
        return comments.flat(access.existing(id));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubmittedComment> submittedComment(long commentSnapshotId) {
        access.requireBoard();
        return repository.submissionComment(commentSnapshotId).flatMap(row -> {
            var submission = repository.submission(row.submissionId()).orElseThrow();
            if (submission.withdrawnAt() != null) {
                return Optional.empty();
            }
            Consultation c = access.existing(submission.consultationId());
            return Optional.of(comments.of(c, submission, row, Map.of()));
        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Receipt> currentSubmissions(long id) {
        access.requireBoard();
        return repository.currentSubmissions(access.existing(id).id()).stream().map(Views::receipt).toList();
    }

    private Consultation forUpdate(long id) {
        return repository.findForUpdate(id)
                .orElseThrow(() -> AppException.notFound("consultations.error.not-found", id));
    }
}
