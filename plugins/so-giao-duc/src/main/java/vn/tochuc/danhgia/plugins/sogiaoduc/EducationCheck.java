package vn.tochuc.danhgia.plugins.sogiaoduc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;

/** Sở Giáo dục và Đào tạo's own rules on targets. Works on whatever it is given; missing values are skipped. */
final class EducationCheck {

    static final String GRADUATION_REQUIRED = "sgddt.tot-nghiep-required";
    static final String GRADUATION_DEADLINE = "sgddt.tot-nghiep-deadline";
    static final String PERCENTAGE_OVER_100 = "sgddt.percentage-over-100";

    /** Graduation exam results are published around mid-July; a target due earlier has nothing to measure. */
    static final MonthDay GRADUATION_RESULTS = MonthDay.of(7, 15);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EducationCheck() {}

    static List<CheckMessage> check(Concretization concretization) {
        List<CheckMessage> messages = new ArrayList<>();
        checkGraduationPresent(concretization, messages);
        for (Map.Entry<String, List<Target>> entry : concretization.targets().entrySet()) {
            List<Target> targets = entry.getValue();
            for (int i = 0; i < targets.size(); i++) {
                checkTarget(entry.getKey(), i, targets.get(i), concretization.year(), messages);
            }
        }
        return messages;
    }

    /** The graduation rate is the sector's headline result: required of the collective, advised for others. */
    private static void checkGraduationPresent(Concretization c, List<CheckMessage> messages) {
        boolean present = c.targets().values().stream().flatMap(List::stream).anyMatch(EducationCheck::isGraduation);
        if (present) {
            return;
        }
        String text = "Chưa có chỉ tiêu về tỷ lệ học sinh tốt nghiệp trung học phổ thông.";
        String field = Keywords.fold(c.deputyField());
        boolean secondaryOrExams = field.contains("trung hoc") || field.contains("khao thi");
        if (c.subjectType() == SubjectType.COLLECTIVE) {
            messages.add(CheckMessage.error(GRADUATION_REQUIRED, CollectiveFramework.TASK_RESULTS, null, text));
        } else if (c.subjectType() == SubjectType.CHIEF) {
            messages.add(CheckMessage.warning(GRADUATION_REQUIRED, ChiefFramework.TASK_RESULTS, null, text));
        } else if (c.subjectType() == SubjectType.DEPUTY && secondaryOrExams) {
            messages.add(CheckMessage.warning(GRADUATION_REQUIRED, DeputyFramework.FIELD_TARGETS, null,
                    "Phó Giám đốc phụ trách giáo dục trung học hoặc khảo thí chưa có chỉ tiêu về tỷ lệ tốt nghiệp "
                            + "trung học phổ thông."));
        }
    }

    private static void checkTarget(String code, int index, Target target, int year, List<CheckMessage> messages) {
        BigDecimal value = target.targetValue();
        if (value != null && target.isPercentage() && value.compareTo(HUNDRED) > 0) {
            messages.add(CheckMessage.error(PERCENTAGE_OVER_100, code, index,
                    "Chỉ tiêu tỷ lệ không được vượt quá 100%."));
        }
        LocalDate deadline = target.deadline();
        if (deadline != null && isGraduation(target) && deadline.isBefore(GRADUATION_RESULTS.atYear(year))) {
            messages.add(CheckMessage.warning(GRADUATION_DEADLINE, code, index, "Kết quả kỳ thi tốt nghiệp trung "
                    + "học phổ thông thường được công bố vào giữa tháng 7; thời hạn trước ngày 15/07/" + year
                    + " sẽ chưa có số liệu để đánh giá."));
        }
    }

    private static boolean isGraduation(Target target) {
        return Keywords.mentions(target, "tot nghiep");
    }
}
