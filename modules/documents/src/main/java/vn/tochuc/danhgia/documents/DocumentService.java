package vn.tochuc.danhgia.documents;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Draft documents for the Board: upload a .docx, read its outline, correct the structure before sending, freeze a
 * version when it is sent, and start the next version.
 *
 * <p>A document has versions 1, 2, … (named by {@link VersionView#label(java.util.Locale)}). The newest version
 * may be corrected (see {@link #edit}) until {@link #markSent} freezes it; a sent version never changes again (409).
 * Other modules refer to a version by its id and to a part of it by {@link NodeRef#path()}. Failures are
 * {@link vn.tochuc.danhgia.kernel.AppException}s.
 *
 * <p>Every edit of a version is written to its change log ({@link #changes}), each entry with the comments it answers;
 * {@link #diff} compares two versions article by article. Once a version is {@link #issue issued} (ban hành), nothing
 * of the document changes any more: no edit, no new version (409).
 */
public interface DocumentService {

    /** Parses the .docx and stores it as version 1 of a new document; the title defaults to the draft's title. */
    DocumentView upload(String fileName, byte[] content, String title);

    /** Parses the .docx and stores it as the next version of the document (the previous ones stay as they are). */
    VersionView uploadVersion(long documentId, String fileName, byte[] content);

    /** Starts version N+1 as a copy of the given version's outline, to be corrected and sent again. */
    VersionView revise(long versionId);

    DocumentView get(long documentId);

    List<DocumentView> list();

    VersionView version(long versionId);

    /** The newest version of the document. */
    VersionView latest(long documentId);

    Outline outline(long versionId);

    /** Every commentable node of the version, in document order. */
    List<NodeRef> nodes(long versionId);

    Optional<NodeRef> node(long versionId, String path);

    /** The .docx as uploaded (or, for a corrected or revised version, as written from its outline). */
    byte[] file(long versionId);

    /**
     * Applies one structure correction to a version that has not been sent; {@code expectedVersion} is the
     * {@link VersionView#version()} the caller read (optimistic locking).
     */
    VersionView edit(long versionId, StructureEdit edit, long expectedVersion);

    /**
     * Like {@link #edit(long, StructureEdit, long)}, and links each resulting change-log entry to the given comments
     * (the consolidation's stable comment ids, kept as given).
     */
    VersionView edit(long versionId, StructureEdit edit, long expectedVersion, Collection<Long> commentIds);

    /** Freezes the version: it has been sent to units and may never change again. Idempotent. */
    VersionView markSent(long versionId);

    /** The change log of a version, oldest first (empty for an uploaded version never edited). */
    List<VersionChange> changes(long versionId);

    /** Replaces the comments a change answers; refused once its version is sent or issued (409). */
    VersionChange link(long changeId, Collection<Long> commentIds);

    /** The difference between two versions of the same document, per article, with the comments linked to changes. */
    VersionDiff diff(long fromVersionId, long toVersionId);

    /**
     * Issues (ban hành) the version under its number and date: the draft marker goes, the number and date are written
     * into the header block, the version is frozen, and the document accepts no edit or new version any more.
     */
    VersionView issue(long versionId, String number, LocalDate issuedOn);
}
