package vn.tochuc.danhgia.consultations;

/**
 * One comment as a unit writes it.
 *
 * @param id the comment's id when it was saved before, else null
 * @param path the node it is about, e.g. {@code D3.K1}
 * @param text the comment
 * @param proposedText the wording the unit proposes instead (optional)
 * @param reason why (optional)
 */
public record CommentDraft(Long id, String path, String text, String proposedText, String reason) {}
