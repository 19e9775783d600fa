package vn.tochuc.danhgia.consolidation;

/**
 * One decision to approve, as the approver read it.
 *
 * @param commentId the comment whose decision is approved
 * @param version the decision's version as read; when given and no longer current, nothing is approved (409)
 */
public record Approval(long commentId, Long version) {}
