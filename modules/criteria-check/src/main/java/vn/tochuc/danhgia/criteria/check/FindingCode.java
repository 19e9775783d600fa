package vn.tochuc.danhgia.criteria.check;

import static vn.tochuc.danhgia.criteria.spi.Severity.ERROR;
import static vn.tochuc.danhgia.criteria.spi.Severity.WARNING;

import vn.tochuc.danhgia.criteria.spi.Severity;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * The generic findings, with their messages. The constant's name is the stable code the host stores and filters by:
 * never rename one, add a new constant instead. In messages, {@code {n}} is the n-th argument.
 */
public enum FindingCode {

    PLUGIN_ID_INVALID(ERROR,
            "Mã plugin \"{0}\" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch nối, bắt đầu bằng chữ cái (ví dụ: so-tai-chinh).",
            "Plugin id \"{0}\" is not kebab-case: lower-case letters, digits and single hyphens, starting with a letter (e.g. so-tai-chinh)."),
    PLUGIN_VERSION_INVALID(ERROR,
            "Phiên bản plugin \"{0}\" không đúng dạng MAJOR.MINOR.PATCH (ví dụ: 1.0.0).",
            "Plugin version \"{0}\" is not MAJOR.MINOR.PATCH (e.g. 1.0.0)."),
    DISPLAY_NAME_MISSING(ERROR,
            "Plugin chưa có tên hiển thị.",
            "The plugin has no display name."),
    NOTHING_SERVED(ERROR,
            "Plugin chưa khai báo đơn vị hoặc nhóm đơn vị nào được áp dụng.",
            "The plugin serves no unit and no unit group."),
    UNIT_CODE_INVALID(ERROR,
            "Mã đơn vị \"{0}\" không hợp lệ: chỉ dùng chữ in hoa không dấu, chữ số, dấu gạch nối hoặc gạch dưới (ví dụ: STC).",
            "Unit code \"{0}\" is invalid: upper-case letters, digits, hyphens or underscores only (e.g. STC)."),
    GROUP_CODE_INVALID(ERROR,
            "Mã nhóm đơn vị \"{0}\" không hợp lệ: chỉ dùng chữ in hoa không dấu, chữ số, dấu gạch nối hoặc gạch dưới (ví dụ: THAM_MUU_TU).",
            "Unit group code \"{0}\" is invalid: upper-case letters, digits, hyphens or underscores only (e.g. THAM_MUU_TU)."),
    CODE_SERVED_TWICE(ERROR,
            "Mã \"{0}\" được khai báo nhiều lần trong danh sách đơn vị, nhóm đơn vị áp dụng.",
            "Code \"{0}\" is listed more than once among the units and groups served."),
    REGULATION_MISSING(ERROR,
            "Plugin chưa nêu căn cứ quy định (ví dụ: Quy định 366-QĐ/TW).",
            "The plugin states no regulation basis (e.g. Quy định 366-QĐ/TW)."),
    YEARS_MISSING(ERROR,
            "Plugin chưa khai báo các năm áp dụng.",
            "The plugin declares no years."),
    YEARS_INVALID(ERROR,
            "Khoảng năm áp dụng {0}–{1} không hợp lệ: năm bắt đầu không được sau năm kết thúc và cả hai phải nằm trong khoảng 2000–2100.",
            "Year range {0}–{1} is invalid: the first year must not be after the last, and both must lie within 2000–2100."),
    REGULATION_YEARS_MISMATCH(WARNING,
            "{0} áp dụng cho các năm {1}, nhưng plugin khai báo các năm {2}.",
            "{0} applies to the years {1}, but the plugin declares {2}."),

    MANIFEST_ENTRY_MISSING(ERROR,
            "Tệp kê khai META-INF/MANIFEST.MF thiếu mục {0}.",
            "META-INF/MANIFEST.MF lacks the entry {0}."),
    MANIFEST_VALUE_INVALID(ERROR,
            "Mục {0} trong tệp kê khai có giá trị \"{1}\" không hợp lệ.",
            "Manifest entry {0} has the invalid value \"{1}\"."),
    SPI_VERSION_INCOMPATIBLE(ERROR,
            "Plugin được xây dựng cho SPI {0}, nhưng hệ thống đang dùng SPI {1}: cần cùng phiên bản chính và phiên bản phụ không cao hơn của hệ thống.",
            "The plugin was built for SPI {0}, but the host offers SPI {1}: the major must be the same and the minor not above the host's."),
    MANIFEST_MISMATCH(ERROR,
            "Mục {0} trong tệp kê khai là \"{1}\", nhưng plugin khai báo \"{2}\".",
            "Manifest entry {0} is \"{1}\", but the plugin declares \"{2}\"."),

    NO_PROVIDER(ERROR,
            "Plugin không đăng ký lớp nào trong META-INF/services/vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory.",
            "The plugin registers no class in META-INF/services/vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory."),
    MANY_PROVIDERS(ERROR,
            "Plugin đăng ký {0} lớp trong META-INF/services; chỉ được đăng ký đúng một lớp.",
            "The plugin registers {0} classes in META-INF/services; exactly one is allowed."),
    PROVIDER_MISMATCH(ERROR,
            "Lớp được đăng ký trong META-INF/services là {0}, không phải {1}.",
            "META-INF/services registers {0}, not {1}."),
    PROVIDER_CLASS_MISSING(ERROR,
            "Tệp META-INF/services/vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory ghi lớp {0}, nhưng tệp JAR không có lớp này. Các lớp trong JAR: {1}. Hãy sửa tên lớp (đủ cả tên gói) trong tệp services cho đúng với lớp cài đặt CriteriaPluginFactory rồi đóng gói lại.",
            "META-INF/services/vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory names the class {0}, but the JAR has no such class. Classes in the JAR: {1}. Correct the class name (with its package) in the services file to the class that implements CriteriaPluginFactory and package the plugin again."),
    PROVIDER_NOT_INSTANTIABLE(ERROR,
            "Không tạo được lớp {0} được ghi trong META-INF/services: lớp phải là public, cài đặt CriteriaPluginFactory và có hàm khởi tạo public không tham số không gây lỗi. Chi tiết: {1}",
            "The class {0} named in META-INF/services could not be created: it must be public, implement CriteriaPluginFactory and have a public no-argument constructor that does not fail. Detail: {1}"),
    PLUGIN_LOAD_FAILED(ERROR,
            "Không nạp được plugin: {0}",
            "The plugin could not be loaded: {0}"),
    PLUGIN_DESCRIPTOR_FAILED(ERROR,
            "Plugin gặp lỗi khi trả về thông tin mô tả (descriptor): {0}",
            "The plugin failed while returning its descriptor: {0}"),
    PLUGIN_INIT_FAILED(ERROR,
            "Plugin gặp lỗi khi khởi tạo (init): {0}",
            "The plugin failed in init: {0}"),
    PLUGIN_CREATE_FAILED(ERROR,
            "Plugin gặp lỗi khi tạo đối tượng xử lý (create): {0}",
            "The plugin failed in create: {0}"),
    PLUGIN_FRAMEWORKS_FAILED(ERROR,
            "Plugin gặp lỗi khi trả về khung tiêu chí: {0}",
            "The plugin failed while returning its frameworks: {0}"),
    PLUGIN_CHECK_FAILED(ERROR,
            "Plugin gặp lỗi khi kiểm tra bản cụ thể hóa, nên chỉ có kết quả kiểm tra chung: {0}",
            "The plugin failed while checking the concretization, so only the generic check ran: {0}"),

    SUBJECT_TYPE_MISSING(ERROR,
            "Plugin chưa có khung tiêu chí cho {0}.",
            "The plugin has no framework for the {0}."),
    SUBJECT_TYPE_DUPLICATE(ERROR,
            "Plugin có nhiều hơn một khung tiêu chí cho {0}.",
            "The plugin has more than one framework for the {0}."),
    FRAMEWORK_SUBJECT_MISSING(ERROR,
            "Khung tiêu chí \"{0}\" chưa nêu đối tượng đánh giá.",
            "Framework \"{0}\" names no subject type."),
    FRAMEWORK_TITLE_MISSING(ERROR,
            "Khung tiêu chí cho {0} chưa có tên.",
            "The framework for the {0} has no title."),
    FRAMEWORK_EMPTY(ERROR,
            "Khung tiêu chí cho {0} chưa có nhóm tiêu chí nào.",
            "The framework for the {0} has no criteria groups."),
    FRAMEWORK_TOTAL_NOT_100(ERROR,
            "Tổng điểm tối đa của khung tiêu chí cho {0} là {1} điểm; phải bằng 100 điểm.",
            "The framework for the {0} totals {1} points; it must total 100."),
    CRITERION_CODE_INVALID(ERROR,
            "Mã tiêu chí \"{0}\" không hợp lệ: dùng chữ không dấu, chữ số và các dấu . - _ (ví dụ: 1.a), tối đa 32 ký tự.",
            "Criterion code \"{0}\" is invalid: use letters, digits and . - _ (e.g. 1.a), at most 32 characters."),
    CRITERION_CODE_DUPLICATE(ERROR,
            "Mã tiêu chí \"{0}\" bị trùng trong khung tiêu chí cho {1}.",
            "Criterion code \"{0}\" is used more than once in the framework for the {1}."),
    CRITERION_TITLE_MISSING(ERROR,
            "Tiêu chí {0} chưa có tên.",
            "Criterion {0} has no title."),
    MAX_POINTS_NOT_POSITIVE(ERROR,
            "Điểm tối đa của tiêu chí {0} phải lớn hơn 0 (hiện là {1}).",
            "Criterion {0} must have more than 0 maximum points (it has {1})."),
    POINTS_DO_NOT_ADD_UP(ERROR,
            "Tiêu chí {0} có điểm tối đa {1} nhưng các tiêu chí thành phần cộng lại được {2} điểm.",
            "Criterion {0} has {1} maximum points but its sub-criteria add up to {2}."),
    RULE_ON_PARENT(ERROR,
            "Tiêu chí {0} có tiêu chí thành phần nên không được yêu cầu cụ thể hóa thành chỉ tiêu; hãy đặt quy tắc cụ thể hóa ở tiêu chí thành phần.",
            "Criterion {0} has sub-criteria, so it cannot be concretized into targets; put the rule on a sub-criterion."),
    RULE_BOUNDS_INVALID(ERROR,
            "Quy tắc cụ thể hóa tiêu chí {0} yêu cầu từ {1} đến {2} chỉ tiêu; cần 1 ≤ số tối thiểu ≤ số tối đa ≤ {3}.",
            "The concretization rule of criterion {0} asks for {1} to {2} targets; it needs 1 ≤ minimum ≤ maximum ≤ {3}."),
    RULE_SUM_MISMATCH(ERROR,
            "Quy tắc cụ thể hóa tiêu chí {0} yêu cầu các chỉ tiêu cộng lại bằng {1} điểm, khác điểm tối đa của tiêu chí ({2} điểm).",
            "The concretization rule of criterion {0} asks for targets adding up to {1} points, not the criterion's {2} maximum points."),
    RULE_UNSATISFIABLE(ERROR,
            "Quy tắc cụ thể hóa tiêu chí {0} không thể đáp ứng: {1} chỉ tiêu, mỗi chỉ tiêu ít nhất 0,1 điểm, đã vượt quá {2} điểm.",
            "The concretization rule of criterion {0} cannot be met: {1} targets of at least 0.1 points each exceed {2} points."),
    NO_CONCRETIZED_CRITERION(WARNING,
            "Khung tiêu chí cho {0} không có tiêu chí nào để đơn vị cụ thể hóa thành chỉ tiêu, trong khi kết quả thực hiện nhiệm vụ phải được đo bằng sản phẩm cụ thể.",
            "The framework for the {0} has no criterion that units concretize into targets, although task results must be measured by concrete outputs."),

    CONCRETIZATION_SUBJECT_MISMATCH(ERROR,
            "Bản cụ thể hóa dành cho {0}, nhưng khung tiêu chí dành cho {1}.",
            "The concretization is for the {0}, but the framework is for the {1}."),
    DEPUTY_FIELD_MISSING(ERROR,
            "Chưa nêu lĩnh vực được phân công phụ trách của cấp phó.",
            "The deputy's field of responsibility is missing."),
    TARGETS_FOR_UNKNOWN_CRITERION(ERROR,
            "Có chỉ tiêu gắn với tiêu chí \"{0}\", nhưng khung tiêu chí không có tiêu chí này hoặc tiêu chí này không cần cụ thể hóa.",
            "Targets are attached to criterion \"{0}\", which the framework does not have or does not concretize."),
    TARGETS_MISSING(ERROR,
            "Tiêu chí {0} chưa được cụ thể hóa: cần từ {1} đến {2} chỉ tiêu.",
            "Criterion {0} is not concretized yet: it needs {1} to {2} targets."),
    TARGET_COUNT_OUT_OF_RANGE(ERROR,
            "Tiêu chí {0} có {1} chỉ tiêu; số chỉ tiêu phải từ {2} đến {3}.",
            "Criterion {0} has {1} targets; it needs {2} to {3}."),
    TARGET_POINTS_DO_NOT_ADD_UP(ERROR,
            "Tổng điểm các chỉ tiêu của tiêu chí {0} là {1}; phải bằng {2} điểm.",
            "The targets of criterion {0} add up to {1} points; they must add up to {2}."),
    TARGET_TITLE_MISSING(ERROR,
            "Chỉ tiêu thứ {1} của tiêu chí {0} chưa có nội dung.",
            "Target {1} of criterion {0} has no title."),
    TARGET_POINTS_NOT_POSITIVE(ERROR,
            "Chỉ tiêu thứ {1} của tiêu chí {0} phải có điểm lớn hơn 0 (hiện là {2}).",
            "Target {1} of criterion {0} must carry more than 0 points (it has {2})."),
    TARGET_FIELD_MISSING(ERROR,
            "Chỉ tiêu thứ {1} của tiêu chí {0} chưa có {2}.",
            "Target {1} of criterion {0} has no {2}."),
    TARGET_VALUE_WITHOUT_UNIT(ERROR,
            "Giá trị của chỉ tiêu thứ {1} (tiêu chí {0}) chưa có đơn vị tính (ví dụ: %, tỷ đồng, văn bản) nên không đo lường được.",
            "The value of target {1} of criterion {0} has no unit (e.g. %, tỷ đồng, văn bản), so it cannot be measured."),
    TARGET_DEADLINE_OUTSIDE_YEAR(ERROR,
            "Thời hạn hoàn thành {2} của chỉ tiêu thứ {1} (tiêu chí {0}) không nằm trong năm đánh giá {3}.",
            "The deadline {2} of target {1} of criterion {0} is not within the evaluation year {3}.");

    private final Severity severity;
    private final String vietnamese;
    private final String english;

    FindingCode(Severity severity, String vietnamese, String english) {
        this.severity = severity;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public Severity severity() {
        return severity;
    }

    /**
     * A finding of this code.
     *
     * @param subject       the subject type it is about, or {@code null}
     * @param criterionCode the criterion it is about, or {@code null}
     * @param targetIndex   the zero-based target index, or {@code null}
     * @param args          the message arguments; subject types, target fields, points and dates are written in
     *                      each language's way
     */
    public Finding about(SubjectType subject, String criterionCode, Integer targetIndex, Object... args) {
        return new Finding(name(), severity, subject, criterionCode, targetIndex,
                MessageText.format(vietnamese, false, args), MessageText.format(english, true, args));
    }
}
