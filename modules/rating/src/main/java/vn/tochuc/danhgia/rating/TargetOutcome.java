package vn.tochuc.danhgia.rating;

/** How one concretized target (chỉ tiêu) ended the year, as the subject declares it and the Board appraises it. */
public enum TargetOutcome {
    /** Done on time and with the quality asked. */
    DONE,
    /** Done and exceeded (vượt). */
    EXCEEDED,
    /** Done, but after its deadline. */
    LATE,
    /** Not done. */
    MISSED;

    /** Done at all, late or not. */
    public boolean isDone() {
        return this != MISSED;
    }

    /** Done on time (or exceeded). */
    public boolean isOnTime() {
        return this == DONE || this == EXCEEDED;
    }
}
