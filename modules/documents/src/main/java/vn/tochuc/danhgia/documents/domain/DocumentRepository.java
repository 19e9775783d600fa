package vn.tochuc.danhgia.documents.domain;

import java.util.List;
import java.util.Optional;

/** Stores documents, versions and node rows. */
public interface DocumentRepository {

    void add(Document document);

    void add(DocumentVersion version);

    Optional<Document> find(long id);

    List<Document> all();

    Optional<DocumentVersion> version(long versionId);

    /** The version, locked for the rest of the transaction (edits and sending are serialised per version). */
    Optional<DocumentVersion> versionForUpdate(long versionId);

    List<DocumentVersion> versions(long documentId);

    /** Replaces the node rows of the version. */
    void replaceNodes(long versionId, List<DocumentNodeRow> rows);

    void add(DocumentFile file);

    Optional<DocumentFile> file(long versionId);

    void flush();
}
