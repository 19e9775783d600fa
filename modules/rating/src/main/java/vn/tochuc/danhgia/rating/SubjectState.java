package vn.tochuc.danhgia.rating;

/** Where a subject of a rating cycle is. */
public enum SubjectState {
    /** No approved framework when the cycle opened: it cannot be rated; the reason says why. */
    BLOCKED,
    /** The unit is filling in its self-assessment. */
    DRAFT,
    /** The unit submitted its self-assessment (with a receipt); it can no longer change it. */
    SUBMITTED
}
