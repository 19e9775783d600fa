package vn.tochuc.danhgia.criteria.spi;

/**
 * The fields of a {@link Target} that a {@link ConcretizationRule} may require. A target's title and points are
 * always required and therefore not listed.
 */
public enum TargetField {

    /** What is measured, e.g. "Tỷ lệ giải ngân vốn đầu tư công". */
    INDICATOR("chỉ số đo lường"),
    /** The number to reach and its unit, e.g. 95 "%". */
    TARGET_VALUE("giá trị chỉ tiêu"),
    /** The concrete output (sản phẩm cụ thể) that proves the result. */
    OUTPUT("sản phẩm cụ thể"),
    /** The date by which the target is done. */
    DEADLINE("thời hạn hoàn thành");

    private final String label;

    TargetField(String label) {
        this.label = label;
    }

    /** The Vietnamese name, lower case, for use inside a sentence. */
    public String label() {
        return label;
    }
}
