package vn.tochuc.danhgia.consolidation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.consolidation.Decision;
import vn.tochuc.danhgia.consolidation.DispositionState;
import vn.tochuc.danhgia.consolidation.DispositionView;
import vn.tochuc.danhgia.consolidation.LinkedComment;
import vn.tochuc.danhgia.consolidation.Progress;
import vn.tochuc.danhgia.consolidation.domain.Disposition;
import vn.tochuc.danhgia.consultations.SubmittedComment;

/** Joins submitted comments with their decisions and groups. Pure. */
final class Rows {

    private Rows() {}

    static Map<Long, Disposition> byComment(List<Disposition> dispositions) {
        Map<Long, Disposition> out = new HashMap<>();
        dispositions.forEach(d -> out.put(d.commentId(), d));
        return out;
    }

    /** Group id → the comment ids in it, ascending. */
    static Map<Long, List<Long>> groups(List<Disposition> dispositions) {
        Map<Long, List<Long>> out = new HashMap<>();
        dispositions.stream().filter(d -> d.groupId() != null).sorted(java.util.Comparator
                .comparingLong(Disposition::commentId))
                .forEach(d -> out.computeIfAbsent(d.groupId(), g -> new ArrayList<>()).add(d.commentId()));
        return out;
    }

    static DispositionView view(SubmittedComment c, Disposition d, Map<Long, List<Long>> groups) {
        List<Long> others = d == null || d.groupId() == null ? List.of()
                : groups.getOrDefault(d.groupId(), List.of()).stream().filter(id -> id != c.commentId()).toList();
        return new DispositionView(c.commentId(), c.id(), c.path(), c.nodeOrder(),
                Provisions.cite(c.path(), c.nodeLabel()), c.unit(), c.unitName(), c.text(), c.proposedText(),
                c.reason(), d == null ? null : d.decision(), d == null ? null : d.response(),
                d == null ? null : d.state(), others, d == null ? null : d.proposedBy(),
                d == null ? null : d.proposedAt(), d == null ? null : d.approvedBy(),
                d == null ? null : d.approvedAt(), d == null ? null : d.version());
    }

    static List<DispositionView> views(List<SubmittedComment> comments, List<Disposition> dispositions) {
        Map<Long, Disposition> byComment = byComment(dispositions);
        Map<Long, List<Long>> groups = groups(dispositions);
        return comments.stream().map(c -> view(c, byComment.get(c.commentId()), groups)).toList();
    }

    static LinkedComment linked(SubmittedComment c, Disposition d) {
        return new LinkedComment(c.commentId(), c.unit(), c.unitName(), c.path(),
                Provisions.cite(c.path(), c.nodeLabel()), c.text(), d == null ? null : d.decision(),
                d == null ? null : d.response());
    }

    /** Progress from counts: the number of submitted comments and the decisions tallied by decision and state. */
    static Progress progress(int comments, List<Object[]> tally) {
        int decided = 0;
        int approved = 0;
        int[] perDecision = new int[Decision.values().length];
        for (Object[] row : tally) {
            int n = ((Number) row[2]).intValue();
            decided += n;
            approved += row[1] == DispositionState.APPROVED ? n : 0;
            perDecision[((Decision) row[0]).ordinal()] += n;
        }
        return new Progress(comments, decided, approved, perDecision[0], perDecision[1], perDecision[2],
                perDecision[3]);
    }

    /** Progress over the submitted comments (decisions on comments no longer submitted are not counted). */
    static Progress progress(List<SubmittedComment> comments, Map<Long, Disposition> byComment) {
        int decided = 0;
        int approved = 0;
        int[] perDecision = new int[Decision.values().length];
        for (SubmittedComment c : comments) {
            Disposition d = byComment.get(c.commentId());
            if (d != null) {
                decided++;
                approved += d.state() == DispositionState.APPROVED ? 1 : 0;
                perDecision[d.decision().ordinal()]++;
            }
        }
        return new Progress(comments.size(), decided, approved, perDecision[0], perDecision[1], perDecision[2],
                perDecision[3]);
    }
}
