package vn.tochuc.danhgia.consultations;

import java.util.List;

/**
 * A unit's answer as it saves it ({@code PUT …/answers/mine}): the whole answer each time.
 *
 * @param stance AGREE or COMMENTS (may stay empty while drafting)
 * @param general general comments on the draft as a whole
 * @param comments comments on articles, clauses, points; an {@code id} keeps a comment, no id adds one, and a
 *     comment left out is removed
 * @param version the version read with GET (0 before the first save): a stale one is refused with 409
 */
public record AnswerDraft(Stance stance, String general, List<CommentDraft> comments, Long version) {}
