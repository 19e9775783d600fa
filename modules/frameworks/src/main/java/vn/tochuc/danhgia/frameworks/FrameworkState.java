package vn.tochuc.danhgia.frameworks;

/** Where a unit framework is. NOT_STARTED has no stored row: it is what a subject without one shows. */
public enum FrameworkState {

    /** The unit has not opened it yet. */
    NOT_STARTED,
    /** The unit is filling it in; never submitted. */
    DRAFT,
    /** Submitted; the Board is reviewing it and the unit cannot change it. */
    SUBMITTED,
    /** The Board returned it with remarks; the unit fixes it and submits again. */
    RETURNED,
    /** Approved by the Board and frozen: this is what the year's rating uses. */
    APPROVED;

    /** Whether the unit may change its targets: before the first submission and after a return. */
    public boolean editableByUnit() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }

    /** Whether the Board has submitted content to read. */
    public boolean submittedOnce() {
        return this == SUBMITTED || this == RETURNED || this == APPROVED;
    }
}
