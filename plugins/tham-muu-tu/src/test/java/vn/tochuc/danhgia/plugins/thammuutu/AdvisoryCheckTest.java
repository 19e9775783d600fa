package vn.tochuc.danhgia.plugins.thammuutu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.Severity;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;

class AdvisoryCheckTest {

    private static Concretization of(SubjectType subject, String unit, Target... targets) {
        String code = subject == SubjectType.DEPUTY ? "2.a" : "2";
        return Concretization.of(subject, unit, AdvisoryTargets.YEAR).withTargets(code, List.of(targets));
    }

    private static List<String> rules(Concretization concretization) {
        return AdvisoryCheck.check(concretization).stream().map(CheckMessage::ruleId).toList();
    }

    @Test
    void requiresOnTimeAdviceOfTheCollectiveAdvisesItForTheHeadAndLeavesDeputiesAlone() {
        List<CheckMessage> collective = AdvisoryCheck.check(of(SubjectType.COLLECTIVE, "BDVTU",
                AdvisoryTargets.guidance(70)));
        List<CheckMessage> chief = AdvisoryCheck.check(of(SubjectType.CHIEF, "BDVTU", AdvisoryTargets.guidance(70)));

        assertEquals(List.of(Severity.ERROR), collective.stream().map(CheckMessage::severity).toList());
        assertEquals(List.of(Severity.WARNING), chief.stream().map(CheckMessage::severity).toList());
        assertEquals(List.of(), rules(of(SubjectType.DEPUTY, "BDVTU", AdvisoryTargets.guidance(50))));
    }

    @Test
    void advisesTheInspectionCommitteeOnlyToSetInspectionTargets() {
        Concretization ubkt = of(SubjectType.COLLECTIVE, "UBKTTU", AdvisoryTargets.onTimeAdvice(70));

        assertEquals(List.of(AdvisoryCheck.INSPECTION_REQUIRED), rules(ubkt));
        assertEquals(List.of(), rules(of(SubjectType.COLLECTIVE, "BTGTU", AdvisoryTargets.onTimeAdvice(70))));
        assertEquals(List.of(), rules(of(SubjectType.COLLECTIVE, "UBKTTU", AdvisoryTargets.onTimeAdvice(40),
                AdvisoryTargets.inspections(30))));
    }

    @Test
    void rejectsARateAbove100Percent() {
        Target over = AdvisoryTargets.target("Tham mưu đúng hạn", "Tỷ lệ văn bản trình đúng hạn", "120", "%",
                LocalDate.of(AdvisoryTargets.YEAR, 11, 30), 70);

        assertEquals(List.of(AdvisoryCheck.PERCENTAGE_OVER_100), rules(of(SubjectType.COLLECTIVE, "VPTU", over)));
    }

    @Test
    void warnsAboutTargetsDueAfterTheRatingDeadlineOf15December() {
        Target late = AdvisoryTargets.target("Tổng kết công tác năm, trình đúng hạn", "Báo cáo tổng kết", "1",
                "báo cáo", LocalDate.of(AdvisoryTargets.YEAR, 12, 20), 70);

        List<CheckMessage> messages = AdvisoryCheck.check(of(SubjectType.COLLECTIVE, "VPTU", late));

        assertEquals(List.of(AdvisoryCheck.DUE_AFTER_RATING), messages.stream().map(CheckMessage::ruleId).toList());
        assertEquals(0, messages.get(0).targetIndex());
    }

    @Test
    void neverThrowsOnIncompleteTargets() {
        Target blank = new Target(null, null, null, null, null, null, null);
        Concretization odd = new Concretization(null, 0, SubjectType.DEPUTY, null,
                Collections.singletonMap("2.a", List.of(blank)));

        assertEquals(List.of(), AdvisoryCheck.check(odd));
    }
}
