package vn.tochuc.danhgia.consolidation;

import java.util.List;

/** A Board member proposed (or changed) decisions on these comments. */
public record DispositionsProposed(long consultationId, List<Long> commentIds) {

    public DispositionsProposed {
        commentIds = List.copyOf(commentIds);
    }
}
