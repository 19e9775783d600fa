package vn.tochuc.danhgia.criteria.spi;

/** How much a {@link CheckMessage} matters to the unit that submits a concretization. */
public enum Severity {

    /** Blocks submission until fixed. */
    ERROR,
    /** Shown to the unit and to the appraisers; does not block. */
    WARNING,
    /** A remark or tip; does not block. */
    INFO
}
