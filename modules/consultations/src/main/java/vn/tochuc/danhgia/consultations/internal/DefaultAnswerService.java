package vn.tochuc.danhgia.consultations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.consultations.AnswerDraft;
import vn.tochuc.danhgia.consultations.AnswerService;
import vn.tochuc.danhgia.consultations.AnswerSubmitted;
import vn.tochuc.danhgia.consultations.AnswerView;
import vn.tochuc.danhgia.consultations.AnswerWithdrawn;
import vn.tochuc.danhgia.consultations.CommentView;
import vn.tochuc.danhgia.consultations.Receipt;
import vn.tochuc.danhgia.consultations.Signer;
import vn.tochuc.danhgia.consultations.Stance;
import vn.tochuc.danhgia.consultations.domain.Answer;
import vn.tochuc.danhgia.consultations.domain.AnswerComment;
import vn.tochuc.danhgia.consultations.domain.Consultation;
import vn.tochuc.danhgia.consultations.domain.ConsultationRepository;
import vn.tochuc.danhgia.consultations.domain.ConsultationRules;
import vn.tochuc.danhgia.consultations.domain.Recipient;
import vn.tochuc.danhgia.consultations.domain.Submission;
import vn.tochuc.danhgia.consultations.domain.SubmissionComment;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.units.UnitDirectory;

/** A unit's answer, always the caller's own unit's: the unit is never taken from the request. */
@ApplicationScoped
public class DefaultAnswerService implements AnswerService {

    @Inject
    ConsultationRepository repository;

    @Inject
    Access access;

    @Inject
    DocumentService documents;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    UnitDirectory units;

    @Inject
    Event<AnswerSubmitted> submittedEvent;

    @Inject
    Event<AnswerWithdrawn> withdrawnEvent;

    /** The consultation, the caller's recipient row and its deadline. */
    private record Context(Consultation consultation, Recipient recipient, String unit, Instant deadline) {}

    private Context context(long consultationId) {
        String unit = access.myUnit();
        Consultation c = access.existing(consultationId);
        Recipient r = access.recipientOf(c, unit);
        r.markOpened(Instant.now());
        return new Context(c, r, unit, ConsultationRules.deadline(c.deadline(), r.deadlineOverride()));
    }

    @Override
    @Transactional
    public AnswerView mine(long consultationId) {
        Context ctx = context(consultationId);
        return view(ctx, repository.answer(consultationId, ctx.unit()).orElse(null));
    }

    @Override
    @Transactional
    public AnswerView save(long consultationId, AnswerDraft draft) {
        Context ctx = context(consultationId);
        if (draft == null) {
            throw AppException.invalid(List.of(FieldError.of("body", "error.field.required")));
        }
        Map<String, NodeRef> nodes = byPath(ctx.consultation().versionId());
        CommentChecks.check(draft, nodes, documents.version(ctx.consultation().versionId()).label());
        Answer answer = repository.answerForUpdate(consultationId, ctx.unit()).orElse(null);
        Instant now = Instant.now();
        ConsultationRules.requireEditable(ctx.consultation().state(), now, ctx.deadline(),
                ctx.consultation().lateAllowed(), answer != null && answer.state() == Answer.State.SUBMITTED);
        long current = answer == null ? 0 : answer.version();
        if (draft.version() != current) {
            throw AppException.conflict("consultations.error.stale-answer", current, draft.version());
        }
        if (answer == null) {
            answer = new Answer(consultationId, ctx.unit(), now, caller.username());
            repository.add(answer);
        }
        AnswerMerge.apply(answer, draft, now);
        answer.change(draft.stance(), CommentChecks.clean(draft.general()), now, caller.username());
        repository.flush();
        audit.record(AuditEvent.action("SAVE_ANSWER", "consultation-answer", consultationId + "/" + ctx.unit(),
                AuditSummary.of("consultations.audit.saved", answer.comments().size(), draft.stance())));
        return view(ctx, answer);
    }

    @Override
    @Transactional
    public Receipt submit(long consultationId, Signer signer) {
        Context ctx = context(consultationId);
        Checks.start().required("signerName", signer == null ? null : signer.signerName())
                .required("signerTitle", signer == null ? null : signer.signerTitle()).throwIfAny();
        Checks.start().maxLength("signerName", signer.signerName(), 200)
                .maxLength("signerTitle", signer.signerTitle(), 200).throwIfAny();
        Answer answer = repository.answerForUpdate(consultationId, ctx.unit()).orElse(null);
        Instant now = Instant.now();
        ConsultationRules.requireEditable(ctx.consultation().state(), now, ctx.deadline(),
                ctx.consultation().lateAllowed(), answer != null && answer.state() == Answer.State.SUBMITTED);
        if (answer == null) {
            throw AppException.conflict("consultations.error.nothing-to-submit");
        }
        checkStance(answer);
        boolean late = ConsultationRules.late(now, ctx.deadline());
        int seq = answer.submitted(now, caller.username());
        Submission s = new Submission(consultationId, ctx.unit(), seq, ctx.consultation().versionId(),
                answer.stance(), answer.general(), signer.signerName().strip(), signer.signerTitle().strip(),
                answer.comments().size(), late, now, caller.username());
        repository.add(s);
        repository.flush();
        Map<String, NodeRef> nodes = byPath(ctx.consultation().versionId());
        int position = 0;
        for (AnswerComment comment : answer.comments()) {
            NodeRef node = nodes.get(comment.path());
            repository.add(new SubmissionComment(s.id(), consultationId, ctx.unit(), comment.id(), comment.path(),
                    node.order(), node.reference(), node.text(), comment.text(), comment.proposedText(),
                    comment.reason(), position++));
        }
        repository.flush();
        audit.record(AuditEvent.action("SUBMIT_ANSWER", "consultation-answer", consultationId + "/" + ctx.unit(),
                AuditSummary.of(late ? "consultations.audit.submitted-late" : "consultations.audit.submitted",
                        s.receiptNumber(), s.commentCount(), s.signerName(), s.signerTitle())));
        submittedEvent.fire(new AnswerSubmitted(consultationId, ctx.unit(), s.id(), late));
        return Views.receipt(s);
    }

    private static void checkStance(Answer answer) {
        if (answer.stance() == null) {
            throw AppException.invalid(List.of(FieldError.of("stance", "consultations.error.stance-required")));
        }
        if (answer.stance() == Stance.AGREE && !answer.comments().isEmpty()) {
            throw AppException.invalid(List.of(FieldError.of("stance", "consultations.error.agree-with-comments",
                    answer.comments().size())));
        }
        if (answer.stance() == Stance.COMMENTS && answer.comments().isEmpty() && answer.general().isBlank()) {
            throw AppException.invalid(List.of(FieldError.of("comments", "consultations.error.comments-empty")));
        }
    }

    @Override
    @Transactional
    public AnswerView withdraw(long consultationId) {
        Context ctx = context(consultationId);
        Answer answer = repository.answerForUpdate(consultationId, ctx.unit()).orElse(null);
        Instant now = Instant.now();
        ConsultationRules.requireWithdrawable(ctx.consultation().state(), now, ctx.deadline(),
                answer != null && answer.state() == Answer.State.SUBMITTED);
        Submission current = repository.currentSubmission(consultationId, ctx.unit()).orElseThrow();
        current.withdraw(now, caller.username());
        answer.reopened(now, caller.username());
        repository.flush();
        audit.record(AuditEvent.action("WITHDRAW_ANSWER", "consultation-answer", consultationId + "/" + ctx.unit(),
                current.receiptNumber()));
        withdrawnEvent.fire(new AnswerWithdrawn(consultationId, ctx.unit(), current.id()));
        return view(ctx, answer);
    }

    @Override
    @Transactional
    public List<Receipt> submissions(long consultationId) {
        Context ctx = context(consultationId);
        return repository.submissions(consultationId, ctx.unit()).stream().map(Views::receipt).toList();
    }

    @Override
    @Transactional
    public byte[] officialDocx(long consultationId) {
        Context ctx = context(consultationId);
        Submission s = repository.currentSubmission(consultationId, ctx.unit())
                .orElseThrow(() -> AppException.notFound("consultations.error.no-submission"));
        String name = units.names(List.of(ctx.unit())).getOrDefault(ctx.unit(), ctx.unit());
        return AnswerDocx.write(ctx.consultation(), s, name, repository.commentsOf(List.of(s.id())));
    }

    private Map<String, NodeRef> byPath(long versionId) {
        Map<String, NodeRef> map = new HashMap<>();
        documents.nodes(versionId).forEach(n -> map.put(n.path(), n));
        return map;
    }

    private AnswerView view(Context ctx, Answer answer) {
        Consultation c = ctx.consultation();
        boolean submitted = answer != null && answer.state() == Answer.State.SUBMITTED;
        boolean editable = ConsultationRules.editable(c.state(), Instant.now(), ctx.deadline(), c.lateAllowed(),
                submitted);
        Receipt current = repository.currentSubmission(c.id(), ctx.unit()).map(Views::receipt).orElse(null);
        if (answer == null) {
            return new AnswerView(c.id(), ctx.unit(), null, "", List.of(), false, editable, ctx.deadline(),
                    c.lateAllowed(), 0, null, null, current);
        }
        Map<String, NodeRef> nodes = byPath(c.versionId());
        List<CommentView> comments = answer.comments().stream().map(k -> new CommentView(k.id(), k.path(),
                nodes.containsKey(k.path()) ? nodes.get(k.path()).reference() : k.path(), k.text(), k.proposedText(),
                k.reason(), k.updatedAt())).toList();
        return new AnswerView(c.id(), ctx.unit(), answer.stance(), answer.general(), comments, submitted, editable,
                ctx.deadline(), c.lateAllowed(), answer.version(), answer.updatedAt(), answer.updatedBy(), current);
    }
}
