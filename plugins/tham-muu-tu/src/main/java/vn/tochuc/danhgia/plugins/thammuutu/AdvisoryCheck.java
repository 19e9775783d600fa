package vn.tochuc.danhgia.plugins.thammuutu;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;
import vn.tochuc.danhgia.criteria.support.Keywords;
import vn.tochuc.danhgia.criteria.support.TargetChecks;
import vn.tochuc.danhgia.criteria.support.TopicRule;

/** The advisory bodies' own rules on targets. Works on whatever it is given; missing values are skipped. */
final class AdvisoryCheck {

    static final String ON_TIME_REQUIRED = "tmtu.dung-han-required";
    static final String INSPECTION_REQUIRED = "tmtu.ubkt-kiem-tra-giam-sat";
    static final String PERCENTAGE_OVER_100 = "tmtu.percentage-over-100";
    static final String DUE_AFTER_RATING = "tmtu.deadline-after-rating";

    /** The Inspection Committee, whose core task is inspection and supervision. */
    static final String INSPECTION_COMMITTEE = "UBKTTU";

    private static final String ON_TIME_MISSING = "Chưa có chỉ tiêu về tỷ lệ đề án, văn bản tham mưu trình Thường "
            + "trực, Ban Thường vụ Tỉnh ủy đúng hạn.";

    /** Advising the Committee on time is what every advisory body is rated on. */
    private static final TopicRule ON_TIME = TopicRule.about(ON_TIME_REQUIRED, "dung han", "dung tien do",
                    "dung thoi han")
            .required(SubjectType.COLLECTIVE, ON_TIME_MISSING).advised(SubjectType.CHIEF, ON_TIME_MISSING);

    private AdvisoryCheck() {}

    static List<CheckMessage> check(Concretization concretization) {
        List<CheckMessage> topics = new ArrayList<>(ON_TIME.checkAll(concretization));
        checkInspection(concretization, topics);
        return TargetChecks.eachTarget(concretization, topics,
                (code, index, target, messages) -> checkTarget(code, index, target, concretization.year(), messages));
    }

    /** Inspection and supervision are the Inspection Committee's own mandate. */
    private static void checkInspection(Concretization c, List<CheckMessage> messages) {
        if (INSPECTION_COMMITTEE.equals(c.unitCode()) && c.subjectType() != SubjectType.DEPUTY
                && !Keywords.anyMentions(c, "kiem tra", "giam sat")) {
            messages.add(CheckMessage.warning(INSPECTION_REQUIRED, CollectiveFramework.TASK_RESULTS, null, "Ủy ban "
                    + "Kiểm tra Tỉnh ủy nên có chỉ tiêu về số cuộc kiểm tra, giám sát theo chương trình công tác "
                    + "năm."));
        }
    }

    private static void checkTarget(String code, int index, Target target, int year, List<CheckMessage> messages) {
        if (TargetChecks.isPercentageOver100(target)) {
            messages.add(TargetChecks.percentageOver100(PERCENTAGE_OVER_100, code, index));
        }
        LocalDate deadline = target.deadline();
        if (deadline != null && deadline.isAfter(LocalDate.of(year, 12, 15))) {
            messages.add(CheckMessage.warning(DUE_AFTER_RATING, code, index, "Việc đánh giá, xếp loại hoàn thành "
                    + "trước ngày 15/12 (Điều 8 dự thảo Quy định); chỉ tiêu có thời hạn sau ngày này sẽ chưa có kết "
                    + "quả khi đánh giá."));
        }
    }
}
