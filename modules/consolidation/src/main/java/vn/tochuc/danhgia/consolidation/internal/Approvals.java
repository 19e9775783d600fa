package vn.tochuc.danhgia.consolidation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.consolidation.Approval;
import vn.tochuc.danhgia.consolidation.ApprovalResult;
import vn.tochuc.danhgia.consolidation.DispositionState;
import vn.tochuc.danhgia.consolidation.DispositionsApproved;
import vn.tochuc.danhgia.consolidation.domain.ConsolidationRepository;
import vn.tochuc.danhgia.consolidation.domain.Disposition;
import vn.tochuc.danhgia.consolidation.domain.DispositionRules;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;

/**
 * The second Board member's approval of proposed decisions: all of the listed ones or none. The caller holds the
 * consolidation's lock.
 */
@ApplicationScoped
public class Approvals {

    @Inject
    ConsolidationRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Event<DispositionsApproved> approvedEvent;

    public ApprovalResult approve(long consultationId, List<Approval> approvals, String approver) {
        Map<Long, Disposition> all = Rows.byComment(repository.dispositions(consultationId));
        List<Disposition> chosen = approvals == null || approvals.isEmpty() ? proposedByOthers(all, approver)
                : listed(approvals, all, approver);
        Instant now = Instant.now();
        List<Long> ids = new ArrayList<>();
        for (Disposition d : chosen) {
            d.approve(now, approver);
            ids.add(d.commentId());
        }
        repository.flush();
        if (!ids.isEmpty()) {
            audit.record(new AuditEvent("APPROVE_DISPOSITIONS", "consultation", String.valueOf(consultationId), "",
                    null, Map.of("commentIds", ids), AuditSummary.of("consolidation.audit.approved", ids.size())));
            approvedEvent.fire(new DispositionsApproved(consultationId, ids));
        }
        return new ApprovalResult(ids.size(), ids, approver);
    }

    /** Every proposal by someone else; refused when there is none (409) or all are the caller's own (403). */
    private static List<Disposition> proposedByOthers(Map<Long, Disposition> all, String approver) {
        List<Disposition> proposed = all.values().stream().filter(d -> d.state() == DispositionState.PROPOSED)
                .sorted(java.util.Comparator.comparingLong(Disposition::commentId)).toList();
        if (proposed.isEmpty()) {
            throw AppException.conflict("consolidation.error.nothing-to-approve");
        }
        List<Disposition> others = proposed.stream().filter(d -> !d.proposedBy().equals(approver)).toList();
        if (others.isEmpty()) {
            DispositionRules.requireOtherApprover(approver, approver, proposed.get(0).commentId());
        }
        return others;
    }

    /** The listed decisions, each checked before any is approved; those already approved are left as they are. */
    private static List<Disposition> listed(List<Approval> approvals, Map<Long, Disposition> all, String approver) {
        List<Disposition> out = new ArrayList<>();
        for (int i = 0; i < approvals.size(); i++) {
            Approval a = approvals.get(i);
            Disposition d = a == null ? null : all.get(a.commentId());
            if (d == null) {
                throw AppException.invalid(List.of(FieldError.of("approvals[" + i + "].commentId",
                        "consolidation.error.undecided", a == null ? "" : String.valueOf(a.commentId()))));
            }
            if (a.version() != null && a.version() != d.version()) {
                throw AppException.conflict("consolidation.error.stale", String.valueOf(d.commentId()),
                        String.valueOf(d.version()), String.valueOf(a.version()));
            }
            if (d.state() == DispositionState.APPROVED) {
                continue;
            }
            DispositionRules.requireOtherApprover(d.proposedBy(), approver, d.commentId());
            out.add(d);
        }
        return out;
    }
}
