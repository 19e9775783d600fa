package vn.tochuc.danhgia.consolidation;

import java.util.List;

/**
 * One row of {@code PUT …/dispositions}: the decision on a comment, and optionally on the comments judged identical
 * to it.
 *
 * @param commentId the stable comment id (see {@link DispositionView#commentId()})
 * @param decision ACCEPTED, PARTLY, EXPLAINED or NOTED
 * @param response the Board's response; required for PARTLY and EXPLAINED
 * @param group other comments judged identical: they get the same decision and form a group with this one.
 *     Absent or empty: this comment is decided alone (and leaves any group it was in)
 * @param version the version of the comment's decision as read; null when it has no decision yet
 */
public record DispositionInput(Long commentId, Decision decision, String response, List<Long> group, Long version) {

    public DispositionInput {
        group = group == null ? List.of() : List.copyOf(group);
    }

    public static DispositionInput of(long commentId, Decision decision, String response, Long version) {
        return new DispositionInput(commentId, decision, response, List.of(), version);
    }
}
