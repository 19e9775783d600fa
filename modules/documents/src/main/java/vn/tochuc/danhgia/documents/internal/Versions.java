package vn.tochuc.danhgia.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tochuc.danhgia.documents.DocumentView;
import vn.tochuc.danhgia.documents.VersionView;
import vn.tochuc.danhgia.documents.domain.Document;
import vn.tochuc.danhgia.documents.domain.DocumentRepository;
import vn.tochuc.danhgia.documents.domain.DocumentVersion;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * Finds documents and versions for every use case (404 when missing, 409 when frozen), gives a version's parsed
 * outline from the cache, and makes the views callers get.
 */
@ApplicationScoped
public class Versions {

    @Inject
    DocumentRepository repository;

    @Inject
    OutlineCache cache;

    Document document(long id) {
        return repository.find(id).orElseThrow(() -> AppException.notFound("documents.error.not-found", id));
    }

    DocumentVersion existing(long versionId) {
        return repository.version(versionId)
                .orElseThrow(() -> AppException.notFound("documents.error.version-not-found", versionId));
    }

    /** The version, locked for the rest of the transaction. */
    DocumentVersion forUpdate(long versionId) {
        return repository.versionForUpdate(versionId)
                .orElseThrow(() -> AppException.notFound("documents.error.version-not-found", versionId));
    }

    /** The version, locked, refused once issued or sent (409). */
    DocumentVersion unsentForUpdate(long versionId) {
        DocumentVersion version = forUpdate(versionId);
        if (version.issuedNumber() != null) {
            throw AppException.conflict("documents.error.issued", version.issuedNumber());
        }
        if (version.sent()) {
            throw AppException.conflict("documents.error.version-sent", Integer.toString(version.number()));
        }
        return version;
    }

    /** An issued document is final: no new version, no edit (409). */
    void requireNotIssued(long documentId) {
        repository.versions(documentId).stream().filter(v -> v.issuedNumber() != null).findFirst().ifPresent(v -> {
            throw AppException.conflict("documents.error.issued", v.issuedNumber());
        });
    }

    int nextNumber(long documentId) {
        return repository.versions(documentId).stream().mapToInt(DocumentVersion::number).max().orElse(0) + 1;
    }

    /** The version's outline and its nodes, parsed once per row version (see {@link OutlineCache}). */
    OutlineCache.Entry entry(DocumentVersion version) {
        return cache.get(version.id(), version.version(), () -> OutlineCodec.read(version.outlineJson()));
    }

    DocumentView view(Document d) {
        return new DocumentView(d.id(), d.title(), d.createdAt(), d.createdBy(),
                repository.versions(d.id()).stream().map(Versions::view).toList());
    }

    /** The view of a version; its label is the Vietnamese one that REST answers and reports carry. */
    static VersionView view(DocumentVersion v) {
        return new VersionView(v.id(), v.documentId(), v.number(), label(v.number()), v.fileName(),
                v.articles(), v.sent(), v.sentAt(), v.createdAt(), v.createdBy(), v.version(), v.revisedFrom(),
                v.issuedNumber(), v.issuedOn());
    }

    /** The version's name for the view, always in Vietnamese (the audit log passes the number to its own keys). */
    static String label(int number) {
        return VersionView.label(Messages.VIETNAMESE, number);
    }
}
