package vn.tochuc.danhgia.frameworks;

/** The Board's decision on a submitted framework. */
public enum Decision {
    /** Back to the unit for revision, with remarks. */
    RETURN,
    /** Approved: frozen for the year's rating. */
    APPROVE
}
