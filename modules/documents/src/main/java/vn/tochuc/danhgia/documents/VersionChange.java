package vn.tochuc.danhgia.documents;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a version's change log: what one structure edit did to one node of a version being revised, and the
 * comments the change answers.
 *
 * <p>{@code commentIds} are the consolidation's stable comment ids; this module keeps them as given and never reads
 * them. {@code path} follows later edits of the same version (renumbering moves it), so it always names the node in
 * the version's current outline, or is null once the node is gone.
 *
 * @param id the change id
 * @param versionId the version it belongs to
 * @param seq its position in the version's log, from 1
 * @param kind MODIFIED, ADDED, DELETED or RENUMBERED
 * @param path the node's current path in this version, null when the node was deleted (or later merged away)
 * @param originPath the node's path in the version this one was revised from, null for a node added here
 * @param label the node's label when the change was made ("Khoản 1")
 * @param oldText the node's text before the change, null for ADDED
 * @param newText the node's text after the change, null for DELETED
 * @param commentIds the comments the change answers, ascending
 */
public record VersionChange(long id, long versionId, int seq, ChangeKind kind, String path, String originPath,
        String label, String oldText, String newText, List<Long> commentIds, Instant createdAt, String createdBy) {

    public VersionChange {
        commentIds = List.copyOf(commentIds);
    }
}
