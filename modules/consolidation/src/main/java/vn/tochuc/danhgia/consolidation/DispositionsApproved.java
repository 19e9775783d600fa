package vn.tochuc.danhgia.consolidation;

import java.util.List;

/** A second Board member approved decisions on these comments. */
public record DispositionsApproved(long consultationId, List<Long> commentIds) {

    public DispositionsApproved {
        commentIds = List.copyOf(commentIds);
    }
}
