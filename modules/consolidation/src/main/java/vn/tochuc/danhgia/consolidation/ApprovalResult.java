package vn.tochuc.danhgia.consolidation;

import java.util.List;

/** What an approval did: the decisions approved now (already approved ones are not repeated). */
public record ApprovalResult(int approved, List<Long> commentIds, String approvedBy) {

    public ApprovalResult {
        commentIds = List.copyOf(commentIds);
    }
}
