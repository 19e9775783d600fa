package vn.tochuc.danhgia.consultations;

import java.time.Instant;

/** A saved comment of the caller's unit, with the label of the node it is about. */
public record CommentView(long id, String path, String nodeLabel, String text, String proposedText, String reason,
        Instant updatedAt) {}
