package vn.tochuc.danhgia.consultations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.consultations.CommentsByNode;
import vn.tochuc.danhgia.consultations.ConsultationDraft;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.consultations.ConsultationView;
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
import vn.tochuc.danhgia.kernel.FieldError;

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
    RoundChanges rounds;

    @Inject
    ConsultationSettings settings;

    @Inject
    DocumentService documents;

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
        return rounds.publish(forUpdate(id));
    }

    @Override
    @Transactional
    public ConsultationView close(long id) {
        access.requireBoard();
        return rounds.move(forUpdate(id), ConsultationState.CLOSED);
    }

    @Override
    @Transactional
    public ConsultationView markConsolidated(long id) {
        access.requireBoard();
        return rounds.move(forUpdate(id), ConsultationState.CONSOLIDATED);
    }

    @Override
    @Transactional
    public ConsultationView extend(long id, Extension extension) {
        access.requireBoard();
        return rounds.extend(forUpdate(id), extension);
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
