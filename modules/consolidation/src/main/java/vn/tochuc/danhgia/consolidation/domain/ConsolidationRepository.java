package vn.tochuc.danhgia.consolidation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores consolidations, decisions and groups. */
public interface ConsolidationRepository {

    Optional<Consolidation> find(long consultationId);

    /**
     * The consultation's consolidation, created when missing, locked for the rest of the transaction. Creating and
     * locking are one statement, so two first writers wait for each other instead of deadlocking.
     */
    Consolidation lock(long consultationId, long documentId, long sourceVersionId, String by);

    /** The consultations whose consolidation revises this document. */
    List<Long> consultationsOf(long documentId);

    /** The decisions, managed: for writes. */
    List<Disposition> dispositions(long consultationId);

    /** The decisions, read-only (never change them): for reading thousands at once (lists, report, workspace). */
    List<Disposition> decisions(long consultationId);

    /** Decision → state → count, for the progress without reading every decision. */
    List<Object[]> tally(long consultationId);

    /** The decisions on these comments, and on every comment grouped with one of them. */
    List<Disposition> withGroups(long consultationId, Collection<Long> commentIds);

    void add(Disposition disposition);

    DispositionGroup newGroup(long consultationId, String by);

    void flush();
}
