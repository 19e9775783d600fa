package vn.tochuc.danhgia.plugins.sogiaoduc;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;
import vn.tochuc.danhgia.criteria.support.Keywords;
import vn.tochuc.danhgia.criteria.support.TargetChecks;
import vn.tochuc.danhgia.criteria.support.TopicRule;

/** Sở Giáo dục và Đào tạo's own rules on targets. Works on whatever it is given; missing values are skipped. */
final class EducationCheck {

    static final String GRADUATION_REQUIRED = "sgddt.tot-nghiep-required";
    static final String GRADUATION_DEADLINE = "sgddt.tot-nghiep-deadline";
    static final String PERCENTAGE_OVER_100 = "sgddt.percentage-over-100";

    /** Graduation exam results are published around mid-July; a target due earlier has nothing to measure. */
    static final MonthDay GRADUATION_RESULTS = MonthDay.of(7, 15);

    private static final String GRADUATION = "tot nghiep";
    private static final String GRADUATION_MISSING = "Chưa có chỉ tiêu về tỷ lệ học sinh tốt nghiệp trung học phổ "
            + "thông.";

    /** The graduation rate is the sector's headline result: required of the collective, advised for others. */
    private static final TopicRule GRADUATION_PRESENT = TopicRule.about(GRADUATION_REQUIRED, GRADUATION)
            .required(SubjectType.COLLECTIVE, GRADUATION_MISSING).advised(SubjectType.CHIEF, GRADUATION_MISSING)
            .advisedForDeputiesIn("Phó Giám đốc phụ trách giáo dục trung học hoặc khảo thí chưa có chỉ tiêu về tỷ lệ "
                    + "tốt nghiệp trung học phổ thông.", "trung hoc", "khao thi");

    private EducationCheck() {}

    static List<CheckMessage> check(Concretization concretization) {
        return TargetChecks.eachTarget(concretization, GRADUATION_PRESENT.checkAll(concretization),
                (code, index, target, messages) -> checkTarget(code, index, target, concretization.year(), messages));
    }

    private static void checkTarget(String code, int index, Target target, int year, List<CheckMessage> messages) {
        if (TargetChecks.isPercentageOver100(target)) {
            messages.add(TargetChecks.percentageOver100(PERCENTAGE_OVER_100, code, index));
        }
        LocalDate deadline = target.deadline();
        if (deadline != null && Keywords.mentions(target, GRADUATION)
                && deadline.isBefore(GRADUATION_RESULTS.atYear(year))) {
            messages.add(CheckMessage.warning(GRADUATION_DEADLINE, code, index, "Kết quả kỳ thi tốt nghiệp trung "
                    + "học phổ thông thường được công bố vào giữa tháng 7; thời hạn trước ngày 15/07/" + year
                    + " sẽ chưa có số liệu để đánh giá."));
        }
    }
}
