package vn.tochuc.danhgia.criteria.spi;

/** Who is evaluated with a framework: the draft's Điều 3 (collective), Điều 4 (chief) and Điều 5 (deputy). */
public enum SubjectType {

    /** Tập thể lãnh đạo, quản lý của cơ quan, đơn vị. */
    COLLECTIVE("Tập thể lãnh đạo, quản lý"),
    /** Cá nhân giữ chức vụ cấp trưởng. */
    CHIEF("Cấp trưởng"),
    /** Cá nhân giữ chức vụ cấp phó; evaluated against the field he or she is responsible for. */
    DEPUTY("Cấp phó");

    private final String label;

    SubjectType(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to users. */
    public String label() {
        return label;
    }
}
