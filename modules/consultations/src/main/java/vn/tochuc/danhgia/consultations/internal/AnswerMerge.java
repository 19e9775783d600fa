package vn.tochuc.danhgia.consultations.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tochuc.danhgia.consultations.AnswerDraft;
import vn.tochuc.danhgia.consultations.CommentDraft;
import vn.tochuc.danhgia.consultations.domain.Answer;
import vn.tochuc.danhgia.consultations.domain.AnswerComment;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;

/**
 * Brings an answer's comments in line with a saved draft: a comment sent with its id is kept (same id) and changed,
 * one without id is added, and one not sent is removed. An id that is not one of this answer's comments is refused,
 * so a unit can never touch a comment of another answer.
 */
final class AnswerMerge {

    private AnswerMerge() {}

    static void apply(Answer answer, AnswerDraft draft, Instant now) {
        List<CommentDraft> wanted = draft.comments() == null ? List.of() : draft.comments();
        Map<Long, AnswerComment> existing = new HashMap<>();
        answer.comments().forEach(c -> existing.put(c.id(), c));
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            CommentDraft d = wanted.get(i);
            if (d.id() != null && (!existing.containsKey(d.id()) || !kept.add(d.id()))) {
                throw AppException.invalid(List.of(FieldError.of("comments[" + i + "].id",
                        "consultations.error.unknown-comment", d.id())));
            }
        }
        answer.comments().removeIf(c -> !kept.contains(c.id()));
        for (int i = 0; i < wanted.size(); i++) {
            CommentDraft d = wanted.get(i);
            String path = d.path().strip();
            if (d.id() != null) {
                existing.get(d.id()).change(path, CommentChecks.clean(d.text()), CommentChecks.clean(d.proposedText()),
                        CommentChecks.clean(d.reason()), i, now);
            } else {
                answer.comments().add(new AnswerComment(answer, path, CommentChecks.clean(d.text()),
                        CommentChecks.clean(d.proposedText()), CommentChecks.clean(d.reason()), i, now));
            }
        }
        answer.comments().sort(Comparator.comparingInt(AnswerComment::position));
    }
}
