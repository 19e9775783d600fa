package vn.tochuc.danhgia.documents.domain;

import java.util.List;
import java.util.Optional;

/** Stores documents, versions (with their outline), files and change logs. */
public interface DocumentRepository {

    void add(Document document);

    void add(DocumentVersion version);

    Optional<Document> find(long id);

    List<Document> all();

    Optional<DocumentVersion> version(long versionId);

    /** The version, locked for the rest of the transaction (edits and sending are serialised per version). */
    Optional<DocumentVersion> versionForUpdate(long versionId);

    List<DocumentVersion> versions(long documentId);

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
