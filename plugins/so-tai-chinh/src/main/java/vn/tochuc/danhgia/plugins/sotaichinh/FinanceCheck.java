package vn.tochuc.danhgia.plugins.sotaichinh;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;
import vn.tochuc.danhgia.criteria.support.Keywords;
import vn.tochuc.danhgia.criteria.support.TargetChecks;
import vn.tochuc.danhgia.criteria.support.TopicRule;

/**
 * Sở Tài chính's own rules on targets, on top of the host's generic check (which already keeps deadlines within the
 * evaluation year). Works on whatever it is given: missing values are skipped, never dereferenced.
 */
final class FinanceCheck {

    static final String DISBURSEMENT_REQUIRED = "stc.giai-ngan-required";
    static final String DISBURSEMENT_LOW = "stc.giai-ngan-below-95";
    static final String PERCENTAGE_OVER_100 = "stc.percentage-over-100";
    static final String ESTIMATE_DEADLINE = "stc.du-toan-deadline";

    /** Government resolutions ask provinces to disburse over 95 % of the public investment plan. */
    static final BigDecimal DISBURSEMENT_FLOOR = BigDecimal.valueOf(95);

    private static final String DISBURSEMENT = "giai ngan";
    private static final String DISBURSEMENT_MISSING = "Chưa có chỉ tiêu về giải ngân vốn đầu tư công; đây là nhiệm "
            + "vụ trọng tâm của Sở Tài chính.";

    /**
     * Disbursement of public investment is the department's headline result: required of the collective, advised
     * for the Director, and for a deputy whose field is public investment.
     */
    private static final TopicRule DISBURSEMENT_PRESENT = TopicRule.about(DISBURSEMENT_REQUIRED, DISBURSEMENT)
            .required(SubjectType.COLLECTIVE, DISBURSEMENT_MISSING).advised(SubjectType.CHIEF, DISBURSEMENT_MISSING)
            .advisedForDeputiesIn("Phó Giám đốc phụ trách đầu tư công chưa có chỉ tiêu về giải ngân vốn đầu tư công.",
                    "dau tu");

    private FinanceCheck() {}

    static List<CheckMessage> check(Concretization concretization) {
        return TargetChecks.eachTarget(concretization, DISBURSEMENT_PRESENT.checkAll(concretization),
                (code, index, target, messages) -> checkTarget(code, index, target, concretization.year(), messages));
    }

    private static void checkTarget(String code, int index, Target target, int year, List<CheckMessage> messages) {
        BigDecimal value = target.targetValue();
        if (value != null && target.isPercentage()) {
            if (TargetChecks.isPercentageOver100(target) && !isRevenue(target)) {
                messages.add(CheckMessage.error(PERCENTAGE_OVER_100, code, index, "Chỉ tiêu tỷ lệ không được vượt "
                        + "quá 100% (trừ chỉ tiêu thu ngân sách so với dự toán)."));
            }
            if (isDisbursement(target) && value.compareTo(DISBURSEMENT_FLOOR) < 0) {
                messages.add(CheckMessage.warning(DISBURSEMENT_LOW, code, index, "Tỷ lệ giải ngân "
                        + value.toPlainString() + "% thấp hơn yêu cầu của Chính phủ (trên 95% kế hoạch vốn đầu tư "
                        + "công)."));
            }
        }
        LocalDate deadline = target.deadline();
        if (deadline != null && isNextYearsEstimate(target, year) && deadline.isAfter(LocalDate.of(year, 12, 10))) {
            messages.add(CheckMessage.warning(ESTIMATE_DEADLINE, code, index, "Dự toán ngân sách địa phương năm "
                    + (year + 1) + " phải được HĐND tỉnh quyết định trước ngày 10/12/" + year
                    + " (Luật Ngân sách nhà nước); thời hạn tham mưu nên sớm hơn ngày này."));
        }
    }

    private static boolean isDisbursement(Target target) {
        return Keywords.mentions(target, DISBURSEMENT);
    }

    /** Revenue is measured against the estimate and commonly exceeds it: "thu ngân sách đạt 105% dự toán". */
    private static boolean isRevenue(Target target) {
        return Keywords.mentions(target, "thu ngan sach", "du toan thu", "thu nsnn");
    }

    private static boolean isNextYearsEstimate(Target target, int year) {
        return Keywords.mentions(target, "du toan")
                && Keywords.mentions(target, "xay dung du toan", "lap du toan", "nam " + (year + 1));
    }
}
