package vn.tochuc.danhgia.consolidation;

/**
 * How far the decisions are.
 *
 * @param comments every submitted comment
 * @param decided those with a decision (proposed or approved)
 * @param approved those whose decision is approved
 * @param accepted decisions ACCEPTED
 * @param partly decisions PARTLY
 * @param explained decisions EXPLAINED
 * @param noted decisions NOTED
 */
public record Progress(int comments, int decided, int approved, int accepted, int partly, int explained, int noted) {

    public boolean allApproved() {
        return approved == comments;
    }
}
