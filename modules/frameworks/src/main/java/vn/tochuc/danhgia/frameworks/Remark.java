package vn.tochuc.danhgia.frameworks;

/**
 * A remark of the Board on a submitted framework: on one target (criterion code and zero-based target index), on a
 * criterion (no index) or on the whole framework (neither).
 *
 * @param criterionCode the concretized criterion, or empty
 * @param targetIndex   the zero-based index of the target in that criterion's list, or {@code null}
 * @param text          the remark
 */
public record Remark(String criterionCode, Integer targetIndex, String text) {}
