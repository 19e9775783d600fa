package vn.tochuc.danhgia.consultations;

import java.time.Instant;
import java.util.List;

/**
 * The caller's unit's answer. {@code version} is 0 until it is first saved; send it back with the next save.
 *
 * @param submitted true while a submission is current (withdraw to edit again)
 * @param editable whether it may be saved now (open, before the deadline or late answers allowed, not submitted)
 * @param current the current submission's receipt, or null
 */
public record AnswerView(long consultationId, String unit, Stance stance, String general, List<CommentView> comments,
        boolean submitted, boolean editable, Instant deadline, boolean lateAllowed, long version, Instant updatedAt,
        String updatedBy, Receipt current) {

    public AnswerView {
        comments = List.copyOf(comments);
    }
}
