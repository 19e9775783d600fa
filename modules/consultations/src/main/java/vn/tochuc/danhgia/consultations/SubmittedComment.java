package vn.tochuc.danhgia.consultations;

import java.time.Instant;

/**
 * A comment of a current (not withdrawn) submission, as the Board and the consolidation read it.
 *
 * @param id this snapshot's id (never changes, never reused)
 * @param commentId the id of the comment in the unit's answer, the same across resubmissions
 * @param path the node it is about
 * @param nodeOrder the node's position in the document, to sort in document order
 * @param quotedText the node's text when the unit submitted
 */
public record SubmittedComment(long id, long commentId, long consultationId, long versionId, String unit,
        String unitName, String path, int nodeOrder, String nodeLabel, String quotedText, String text,
        String proposedText, String reason, long submissionId, String receipt, Instant submittedAt) {}
