package vn.tochuc.danhgia.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.documents.DocumentView;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.StructureEdit;
import vn.tochuc.danhgia.documents.VersionChange;
import vn.tochuc.danhgia.documents.VersionDiff;
import vn.tochuc.danhgia.documents.VersionView;
import vn.tochuc.danhgia.documents.domain.DocumentFile;
import vn.tochuc.danhgia.documents.domain.DocumentRepository;
import vn.tochuc.danhgia.documents.domain.DocumentVersion;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;

/**
 * The documents module's API: holds the transactions and hands each use case to the class that does it (new
 * versions, edits, sending and issuing); reads are answered here from the cached outline.
 */
@ApplicationScoped
public class DefaultDocumentService implements DocumentService {

    @Inject
    DocumentRepository repository;

    @Inject
    Versions versions;

    @Inject
    NewVersions newVersions;

    @Inject
    VersionEdits edits;

    @Inject
    VersionRelease release;

    @Inject
    VersionDiffs diffs;

    @Override
    @Transactional
    public DocumentView upload(String fileName, byte[] content, String title) {
        return newVersions.upload(fileName, content, title);
    }

    @Override
    @Transactional
    public VersionView uploadVersion(long documentId, String fileName, byte[] content) {
        return newVersions.uploadVersion(documentId, fileName, content);
    }

    @Override
    @Transactional
    public VersionView revise(long versionId) {
        return newVersions.revise(versionId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentView get(long documentId) {
        return versions.view(versions.document(documentId));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentView> list() {
        return repository.all().stream().map(versions::view).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionView version(long versionId) {
        return Versions.view(versions.existing(versionId));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionView latest(long documentId) {
        return get(documentId).latest();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Outline outline(long versionId) {
        return entry(versionId).outline();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NodeRef> nodes(long versionId) {
        return entry(versionId).nodes();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NodeRef> node(long versionId, String path) {
        return Optional.ofNullable(entry(versionId).byPath().get(path));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] file(long versionId) {
        return repository.file(versionId).map(DocumentFile::content)
                .orElseThrow(() -> AppException.notFound("documents.error.version-not-found", versionId));
    }

    @Override
    @Transactional
    public VersionView edit(long versionId, StructureEdit edit, long expectedVersion) {
        return edits.edit(versionId, edit, expectedVersion, List.of());
    }

    @Override
    @Transactional
    public VersionView edit(long versionId, StructureEdit edit, long expectedVersion, Collection<Long> commentIds) {
        return edits.edit(versionId, edit, expectedVersion, commentIds);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionChange> changes(long versionId) {
        return edits.changes(versionId);
    }

    @Override
    @Transactional
    public VersionChange link(long changeId, Collection<Long> commentIds) {
        return edits.link(changeId, commentIds);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionDiff diff(long fromVersionId, long toVersionId) {
        DocumentVersion from = versions.existing(fromVersionId);
        DocumentVersion to = versions.existing(toVersionId);
        if (from.documentId() != to.documentId()) {
            throw AppException.invalid(List.of(FieldError.of("to", "documents.error.diff-other-document")));
        }
        return diffs.diff(from, versions.entry(from).nodes(), to, versions.entry(to).nodes());
    }

    @Override
    @Transactional
    public VersionView issue(long versionId, String number, LocalDate issuedOn) {
        return release.issue(versionId, number, issuedOn);
    }

    @Override
    @Transactional
    public VersionView markSent(long versionId) {
        return release.markSent(versionId);
    }

    private OutlineCache.Entry entry(long versionId) {
        return versions.entry(versions.existing(versionId));
    }
}
