package vn.tochuc.danhgia.consolidation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.consolidation.Approval;
import vn.tochuc.danhgia.consolidation.ApprovalResult;
import vn.tochuc.danhgia.consolidation.ConsolidationCompleted;
import vn.tochuc.danhgia.consolidation.ConsolidationView;
import vn.tochuc.danhgia.consolidation.DispositionInput;
import vn.tochuc.danhgia.consolidation.DispositionView;
import vn.tochuc.danhgia.consolidation.Progress;
import vn.tochuc.danhgia.consolidation.domain.Consolidation;
import vn.tochuc.danhgia.consolidation.domain.ConsolidationRepository;
import vn.tochuc.danhgia.consolidation.domain.Disposition;
import vn.tochuc.danhgia.consolidation.domain.DispositionRules;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.consultations.SubmittedComment;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;

/**
 * The Board's decisions on the submitted comments: proposing them (all rows or none), their approval by a second
 * Board member, and completing the consolidation once every decision is approved. The caller holds the transaction.
 */
@ApplicationScoped
public class Decisions {

    @Inject
    ConsolidationLock locks;

    @Inject
    ConsolidationRepository repository;

    @Inject
    ConsultationComments consultations;

    @Inject
    Board board;

    @Inject
    DispositionWriter writer;

    @Inject
    Approvals approvals;

    @Inject
    Overviews overviews;

    @Inject
    AuditLog audit;

    @Inject
    Event<ConsolidationCompleted> completed;

    List<DispositionView> dispositions(long consultationId) {
        return Rows.views(consultations.submitted(consultationId), repository.decisions(consultationId));
    }

    List<DispositionView> propose(long consultationId, List<DispositionInput> rows) {
        board.require();
        ConsultationView c = consultations.consultation(consultationId);
        DispositionRules.requireDecidable(c.state(), repository.find(consultationId).map(Consolidation::isIssued)
                .orElse(false));
        List<SubmittedComment> comments = consultations.submitted(consultationId);
        Set<Long> known = new HashSet<>();
        comments.forEach(sc -> known.add(sc.commentId()));
        Checks checks = Checks.start();
        DispositionRules.check(rows, known).forEach(checks::add);
        checks.throwIfAny();
        ConsolidationLock.Locked locked = locks.lock(consultationId);
        DispositionRules.requireDecidable(locked.consultation().state(), locked.consolidation().isIssued());
        writer.write(consultationId, rows, locked.me());
        Set<Long> touched = new HashSet<>();
        rows.forEach(r -> touched.addAll(DispositionWriter.members(r)));
        List<Disposition> all = repository.dispositions(consultationId);
        all.stream().filter(d -> touched.contains(d.commentId()) && d.groupId() != null).forEach(d -> all.stream()
                .filter(o -> d.groupId().equals(o.groupId())).forEach(o -> touched.add(o.commentId())));
        return Rows.views(comments.stream().filter(sc -> touched.contains(sc.commentId())).toList(), all);
    }

    ApprovalResult approve(long consultationId, List<Approval> list) {
        ConsolidationLock.Locked locked = locks.lock(consultationId);
        DispositionRules.requireDecidable(locked.consultation().state(), locked.consolidation().isIssued());
        return approvals.approve(consultationId, list, locked.me());
    }

    ConsolidationView consolidate(long consultationId) {
        ConsolidationLock.Locked locked = locks.lock(consultationId);
        DispositionRules.requireDecidable(locked.consultation().state(), locked.consolidation().isIssued());
        List<SubmittedComment> comments = consultations.submitted(consultationId);
        Progress progress = Rows.progress(comments, Rows.byComment(repository.dispositions(consultationId)));
        if (!progress.allApproved()) {
            throw AppException.conflict("consolidation.error.not-all-approved",
                    progress.comments() - progress.approved(), progress.comments());
        }
        ConsultationView done = consultations.markConsolidated(consultationId);
        audit.record(AuditEvent.action("CONSOLIDATE", "consultation", String.valueOf(consultationId),
                AuditSummary.of("consolidation.audit.completed", progress.comments())));
        completed.fire(new ConsolidationCompleted(consultationId));
        return overviews.view(done, locked.consolidation(), progress);
    }
}
