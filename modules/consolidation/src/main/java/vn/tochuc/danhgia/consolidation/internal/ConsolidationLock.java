package vn.tochuc.danhgia.consolidation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tochuc.danhgia.consolidation.domain.Consolidation;
import vn.tochuc.danhgia.consolidation.domain.ConsolidationRepository;
import vn.tochuc.danhgia.consultations.ConsultationView;

/**
 * Every change to a consolidation starts here: the Board member making it (403 for anyone else), the consultation as
 * it is now, and the consolidation row locked for the rest of the transaction (created on first use), so that two
 * Board members' changes are serialised.
 */
@ApplicationScoped
public class ConsolidationLock {

    @Inject
    Board board;

    @Inject
    ConsultationComments consultations;

    @Inject
    ConsolidationRepository repository;

    /** What a change works on, locked. */
    record Locked(String me, ConsultationView consultation, Consolidation consolidation) {}

    Locked lock(long consultationId) {
        String me = board.require();
        ConsultationView c = consultations.consultation(consultationId);
        return new Locked(me, c, repository.lock(consultationId, c.documentId(), c.versionId(), me));
    }
}
