package vn.tochuc.danhgia.rating;

/**
 * The four rating levels, the same for collectives and individuals (Reg. 124 Art. 12, Reg. 366), best first.
 * Labels come from the bundle ({@code rating.level.HTXSNV} …), never from the constant's name.
 */
public enum Level {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    HTXSNV,
    /** Hoàn thành tốt nhiệm vụ. */
    HTTNV,
    /** Hoàn thành nhiệm vụ. */
    HTNV,
    /** Không hoàn thành nhiệm vụ. */
    KHTNV;

    /** Whether this level is strictly better than {@code other} (the head-versus-collective cap compares so). */
    public boolean isAbove(Level other) {
        return ordinal() < other.ordinal();
    }
}
