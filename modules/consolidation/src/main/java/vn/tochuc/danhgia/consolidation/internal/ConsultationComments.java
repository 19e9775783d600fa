package vn.tochuc.danhgia.consolidation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.consultations.RecipientStatus;
import vn.tochuc.danhgia.consultations.StatusCounts;
import vn.tochuc.danhgia.consultations.SubmittedComment;
import vn.tochuc.danhgia.documents.NodeRef;

/**
 * The consolidation's one way to the consultations module: the consultation being consolidated, the comments the
 * units submitted in it (what every decision is about), its counts and statuses for the report, and the move to
 * CONSOLIDATED. Every other class of the module asks here, so what the consolidation needs from a consultation is
 * written in one place. The consultations service checks the caller's access and answers 404 for an unknown id.
 */
@ApplicationScoped
public class ConsultationComments {

    @Inject
    ConsultationService consultations;

    public ConsultationView consultation(long consultationId) {
        return consultations.get(consultationId);
    }

    /** The consultations the Board consolidates or has consolidated: CLOSED or CONSOLIDATED. */
    public List<ConsultationView> consolidable() {
        return consultations.list().stream().filter(c -> c.state() == ConsultationState.CLOSED
                || c.state() == ConsultationState.CONSOLIDATED).toList();
    }

    /** The comments of the units' current submissions, in document order then by unit. */
    public List<SubmittedComment> submitted(long consultationId) {
        return consultations.submittedComments(consultationId);
    }

    /** The stable ids of {@link #submitted}: the comments a decision or a change may refer to. */
    public Set<Long> submittedIds(long consultationId) {
        Set<Long> ids = new HashSet<>();
        submitted(consultationId).forEach(c -> ids.add(c.commentId()));
        return ids;
    }

    public StatusCounts counts(long consultationId) {
        return consultations.counts(consultationId);
    }

    public List<RecipientStatus> status(long consultationId) {
        return consultations.status(consultationId);
    }

    /** The nodes of the version the units commented on, in document order. */
    public List<NodeRef> nodes(long consultationId) {
        return consultations.nodes(consultationId);
    }

    /** CLOSED → CONSOLIDATED. */
    public ConsultationView markConsolidated(long consultationId) {
        return consultations.markConsolidated(consultationId);
    }
}
