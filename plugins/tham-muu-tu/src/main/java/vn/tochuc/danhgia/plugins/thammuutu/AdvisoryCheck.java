package vn.tochuc.danhgia.plugins.thammuutu;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;

/** The advisory bodies' own rules on targets. Works on whatever it is given; missing values are skipped. */
final class AdvisoryCheck {

    static final String ON_TIME_REQUIRED = "tmtu.dung-han-required";
    static final String INSPECTION_REQUIRED = "tmtu.ubkt-kiem-tra-giam-sat";
    static final String PERCENTAGE_OVER_100 = "tmtu.percentage-over-100";
    static final String DUE_AFTER_RATING = "tmtu.deadline-after-rating";

    /** The Inspection Committee, whose core task is inspection and supervision. */
    static final String INSPECTION_COMMITTEE = "UBKTTU";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AdvisoryCheck() {}

    static List<CheckMessage> check(Concretization concretization) {
        List<CheckMessage> messages = new ArrayList<>();
        checkTopics(concretization, messages);
        for (Map.Entry<String, List<Target>> entry : concretization.targets().entrySet()) {
            List<Target> targets = entry.getValue();
            for (int i = 0; i < targets.size(); i++) {
                checkTarget(entry.getKey(), i, targets.get(i), concretization.year(), messages);
            }
        }
        return messages;
    }

    /**
     * Advising the Committee on time is what every advisory body is rated on; inspection and supervision are the
     * Inspection Committee's own mandate.
     */
    private static void checkTopics(Concretization c, List<CheckMessage> messages) {
        String code = c.subjectType() == SubjectType.DEPUTY ? DeputyFramework.FIELD_TARGETS
                : CollectiveFramework.TASK_RESULTS;
        if (!anyMentions(c, "dung han", "dung tien do", "dung thoi han")) {
            String text = "Chưa có chỉ tiêu về tỷ lệ đề án, văn bản tham mưu trình Thường trực, Ban Thường vụ Tỉnh ủy "
                    + "đúng hạn.";
            if (c.subjectType() == SubjectType.COLLECTIVE) {
                messages.add(CheckMessage.error(ON_TIME_REQUIRED, code, null, text));
            } else if (c.subjectType() == SubjectType.CHIEF) {
                messages.add(CheckMessage.warning(ON_TIME_REQUIRED, code, null, text));
            }
        }
        if (INSPECTION_COMMITTEE.equals(c.unitCode()) && c.subjectType() != SubjectType.DEPUTY
                && !anyMentions(c, "kiem tra", "giam sat")) {
            messages.add(CheckMessage.warning(INSPECTION_REQUIRED, code, null, "Ủy ban Kiểm tra Tỉnh ủy nên có chỉ "
                    + "tiêu về số cuộc kiểm tra, giám sát theo chương trình công tác năm."));
        }
    }

    private static void checkTarget(String code, int index, Target target, int year, List<CheckMessage> messages) {
        BigDecimal value = target.targetValue();
        if (value != null && target.isPercentage() && value.compareTo(HUNDRED) > 0) {
            messages.add(CheckMessage.error(PERCENTAGE_OVER_100, code, index,
                    "Chỉ tiêu tỷ lệ không được vượt quá 100%."));
        }
        LocalDate deadline = target.deadline();
        if (deadline != null && deadline.isAfter(LocalDate.of(year, 12, 15))) {
            messages.add(CheckMessage.warning(DUE_AFTER_RATING, code, index, "Việc đánh giá, xếp loại hoàn thành "
                    + "trước ngày 15/12 (Điều 8 dự thảo Quy định); chỉ tiêu có thời hạn sau ngày này sẽ chưa có kết "
                    + "quả khi đánh giá."));
        }
    }

    private static boolean anyMentions(Concretization c, String... foldedPhrases) {
        return c.targets().values().stream().flatMap(List::stream).anyMatch(t -> Keywords.mentions(t, foldedPhrases));
    }
}
