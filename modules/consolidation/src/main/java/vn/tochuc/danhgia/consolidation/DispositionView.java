package vn.tochuc.danhgia.consolidation;

import java.time.Instant;
import java.util.List;

/**
 * One submitted comment and the Board's current decision on it (the decision fields are null while undecided).
 *
 * @param commentId the comment's stable id (the same across the unit's resubmissions): what decisions are keyed by
 * @param snapshotId the id of the submitted snapshot of the comment
 * @param path the node it is about, e.g. {@code D3.K1}
 * @param nodeOrder the node's position in the document
 * @param provision how the report names the node: "Khoản 1 Điều 3"
 * @param unit the unit's code
 * @param unitName the unit's name
 * @param text the comment
 * @param proposedText the wording the unit proposes, or {@code ""}
 * @param reason the unit's reason, or {@code ""}
 * @param group the other comments judged identical to this one and decided together, ascending; empty when alone
 * @param version the decision's optimistic-lock version, to send back when changing it; null while undecided
 */
public record DispositionView(long commentId, long snapshotId, String path, int nodeOrder, String provision,
        String unit, String unitName, String text, String proposedText, String reason, Decision decision,
        String response, DispositionState state, List<Long> group, String proposedBy, Instant proposedAt,
        String approvedBy, Instant approvedAt, Long version) {

    public DispositionView {
        group = List.copyOf(group);
    }

    public boolean decided() {
        return decision != null;
    }

    public boolean approved() {
        return state == DispositionState.APPROVED;
    }
}
