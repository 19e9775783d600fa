package vn.tochuc.danhgia.documents.domain;

import java.util.List;
import java.util.Map;
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

    /** Each node's path → its origin path (null values kept) in the version, as stored. */
    Map<String, String> origins(long versionId);

    void add(DocumentFile file);

    void add(DocumentChange change);

    /** The change log of a version, by sequence. */
    List<DocumentChange> changes(long versionId);

    /** The change logs of several versions, by version then sequence. */
    List<DocumentChange> changes(java.util.Collection<Long> versionIds);

    Optional<DocumentChange> change(long changeId);

    Optional<DocumentFile> file(long versionId);

    void flush();
}
