package vn.tochuc.danhgia.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.StructureEdit;
import vn.tochuc.danhgia.documents.VersionChange;
import vn.tochuc.danhgia.documents.VersionView;
import vn.tochuc.danhgia.documents.domain.DocumentChange;
import vn.tochuc.danhgia.documents.domain.DocumentRepository;
import vn.tochuc.danhgia.documents.domain.DocumentVersion;
import vn.tochuc.danhgia.documents.internal.docx.DocxWriter;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.kernel.Checks;

/**
 * Corrects a version not sent yet, one structure edit at a time: the outline is read, edited and written back as a
 * whole (with its nodes' origins following the edit), the .docx is written again from it, and the change log records
 * what changed with the comments it answers. The caller holds the transaction.
 */
@ApplicationScoped
public class VersionEdits {

    @Inject
    DocumentRepository repository;

    @Inject
    Versions versions;

    @Inject
    ChangeLog changeLog;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    VersionView edit(long versionId, StructureEdit edit, long expectedVersion, Collection<Long> commentIds) {
        Checks.start().required("op", edit == null ? null : edit.op()).throwIfAny();
        List<Long> comments = commentIds == null ? List.of() : List.copyOf(commentIds);
        DocumentVersion version = versions.unsentForUpdate(versionId);
        if (version.version() != expectedVersion) {
            throw AppException.conflict("error.conflict.version", version.version(), expectedVersion);
        }
        EditTracking.Edited edited = OutlineEditor.applyTracked(versions.entry(version).outline(), edit);
        Outline corrected = edited.outline();
        Map<String, String> origins = NodeOrigins.read(version.nodeOrigins());
        byte[] docx = DocxWriter.write(corrected);
        version.correct(OutlineCodec.write(corrected), NodeOrigins.write(ChangeLog.originsAfter(edited, origins)),
                corrected.allArticles().size(), DocxUploads.sha256(docx), Instant.now());
        repository.file(versionId).ifPresent(f -> f.replace(docx));
        changeLog.record(versionId, edited, origins, comments, caller.username());
        repository.flush();
        audit.record(new AuditEvent("EDIT_STRUCTURE", "document-version", String.valueOf(versionId),
                edit.op() + " " + (edit.path() == null ? "" : edit.path()), null,
                Map.of("edit", edit, "comments", comments)));
        return Versions.view(version);
    }

    List<VersionChange> changes(long versionId) {
        versions.existing(versionId);
        return repository.changes(versionId).stream().map(ChangeLog::view).toList();
    }

    VersionChange link(long changeId, Collection<Long> commentIds) {
        DocumentChange change = repository.change(changeId)
                .orElseThrow(() -> AppException.notFound("documents.error.change-not-found", changeId));
        versions.unsentForUpdate(change.versionId());
        List<Long> before = List.copyOf(change.commentIds());
        change.relink(commentIds == null ? List.of() : commentIds);
        repository.flush();
        audit.record(new AuditEvent("LINK_CHANGE", "document-version", String.valueOf(change.versionId()), "",
                Map.of("comments", before), Map.of("comments", List.copyOf(change.commentIds())),
                AuditSummary.of("documents.audit.link-change", change.seq(), change.label())));
        return ChangeLog.view(change);
    }
}
