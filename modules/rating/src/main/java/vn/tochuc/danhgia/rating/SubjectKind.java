package vn.tochuc.danhgia.rating;

/** Who is rated: a unit's leadership collective, its chief (cấp trưởng) or one of its deputies (cấp phó). */
public enum SubjectKind {
    COLLECTIVE, CHIEF, DEPUTY;

    /** Chiefs and deputies are individuals; some conditions (targets of the units they lead) apply to them only. */
    public boolean isIndividual() {
        return this != COLLECTIVE;
    }
}
