package vn.tochuc.danhgia.consolidation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.consolidation.RevisionChange;
import vn.tochuc.danhgia.consolidation.domain.Consolidation;
import vn.tochuc.danhgia.consolidation.domain.DispositionRules;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.documents.StructureEdit;
import vn.tochuc.danhgia.documents.VersionChange;
import vn.tochuc.danhgia.documents.VersionView;
import vn.tochuc.danhgia.kernel.AppException;

/**
 * Writing the revised draft: starting the next version from the one the units commented on, editing it, and linking
 * each of its changes to the comments it answers (comments of this consultation only). The caller holds the
 * transaction.
 */
@ApplicationScoped
public class RevisionEdits {

    @Inject
    ConsolidationLock locks;

    @Inject
    DocumentService documents;

    @Inject
    Revision revision;

    @Inject
    AuditLog audit;

    /** Starts the revised version, or answers the one already started. */
    VersionView start(long consultationId) {
        ConsolidationLock.Locked locked = locks.lock(consultationId);
        Consolidation k = locked.consolidation();
        DispositionRules.requireRevisable(locked.consultation().state(), k.isIssued());
        if (k.revisedVersionId() != null) {
            return documents.version(k.revisedVersionId());
        }
        VersionView next = documents.revise(locked.consultation().versionId());
        k.revisedAs(next.id());
        audit.record(AuditEvent.action("START_REVISION", "consultation", String.valueOf(consultationId),
                AuditSummary.of("consolidation.audit.revision-started", next.number(),
                        locked.consultation().versionNumber())));
        return next;
    }

    VersionView edit(long consultationId, StructureEdit edit, long expectedVersion, Collection<Long> commentIds) {
        Consolidation k = revisable(consultationId);
        revision.requireComments(consultationId, commentIds);
        return documents.edit(k.revisedVersionId(), edit, expectedVersion, commentIds == null ? List.of()
                : commentIds);
    }

    RevisionChange link(long consultationId, long changeId, Collection<Long> commentIds) {
        Consolidation k = revisable(consultationId);
        boolean ours = documents.changes(k.revisedVersionId()).stream().anyMatch(ch -> ch.id() == changeId);
        if (!ours) {
            throw AppException.notFound("documents.error.change-not-found", changeId);
        }
        revision.requireComments(consultationId, commentIds);
        VersionChange linked = documents.link(changeId, commentIds == null ? List.of() : commentIds);
        return revision.change(consultationId, linked);
    }

    /** The consolidation locked, its revision started, nothing issued. */
    private Consolidation revisable(long consultationId) {
        ConsolidationLock.Locked locked = locks.lock(consultationId);
        Consolidation k = locked.consolidation();
        DispositionRules.requireRevisable(locked.consultation().state(), k.isIssued());
        if (k.revisedVersionId() == null) {
            throw AppException.conflict("consolidation.error.no-revision");
        }
        return k;
    }
}
