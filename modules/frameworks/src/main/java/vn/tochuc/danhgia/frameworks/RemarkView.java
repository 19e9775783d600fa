package vn.tochuc.danhgia.frameworks;

/**
 * A remark as kept in a round.
 *
 * @param criterionCode the criterion, or empty for a remark on the whole framework
 * @param targetIndex   the zero-based target index in the round's content, or {@code null}
 * @param targetTitle   the target's title when the remark was made, so it reads right after the unit reorders
 * @param text          the remark
 */
public record RemarkView(String criterionCode, Integer targetIndex, String targetTitle, String text) {

    /** "2 · #1" for people: the criterion and the one-based target number. */
    public String where() {
        if (criterionCode == null || criterionCode.isEmpty()) {
            return "";
        }
        return targetIndex == null ? criterionCode : criterionCode + " · #" + (targetIndex + 1);
    }
}
