package vn.tochuc.danhgia.plugins.sogiaoduc;

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

class EducationCheckTest {

    private static Concretization of(SubjectType subject, String code, Target... targets) {
        return Concretization.of(subject, "SGDDT", EducationTargets.YEAR).withTargets(code, List.of(targets));
    }

    private static List<String> rules(Concretization concretization) {
        return EducationCheck.check(concretization).stream().map(CheckMessage::ruleId).toList();
    }

    @Test
    void requiresAGraduationTargetOfTheCollectiveAndAdvisesItForTheDirector() {
        List<CheckMessage> collective = EducationCheck.check(of(SubjectType.COLLECTIVE, "2",
                EducationTargets.standardSchools(40), EducationTargets.teachers(30)));
        List<CheckMessage> chief = EducationCheck.check(of(SubjectType.CHIEF, "2", EducationTargets.teachers(70)));

        assertEquals(List.of(Severity.ERROR), collective.stream().map(CheckMessage::severity).toList());
        assertEquals("Chưa có chỉ tiêu về tỷ lệ học sinh tốt nghiệp trung học phổ thông.", collective.get(0).text());
        assertEquals(List.of(Severity.WARNING), chief.stream().map(CheckMessage::severity).toList());
    }

    @Test
    void advisesAGraduationTargetOnlyForDeputiesInChargeOfSecondarySchoolsOrExams() {
        Concretization exams = of(SubjectType.DEPUTY, "2.a", EducationTargets.teachers(50))
                .withDeputyField("Khảo thí và kiểm định chất lượng giáo dục");

        assertEquals(List.of(EducationCheck.GRADUATION_REQUIRED), rules(exams));
        assertEquals(List.of(), rules(exams.withDeputyField("Giáo dục mầm non")));
    }

    @Test
    void rejectsARateAbove100Percent() {
        List<CheckMessage> messages = EducationCheck.check(of(SubjectType.COLLECTIVE, "2",
                EducationTargets.graduation("101", LocalDate.of(EducationTargets.YEAR, 8, 1), 70)));

        assertEquals(List.of(EducationCheck.PERCENTAGE_OVER_100), messages.stream().map(CheckMessage::ruleId).toList());
        assertEquals(0, messages.get(0).targetIndex());
    }

    @Test
    void warnsWhenTheGraduationTargetIsDueBeforeResultsArePublished() {
        Target early = EducationTargets.graduation("98", LocalDate.of(EducationTargets.YEAR, 6, 30), 70);
        Target onTime = EducationTargets.graduation("98", LocalDate.of(EducationTargets.YEAR, 7, 15), 70);

        assertEquals(List.of(EducationCheck.GRADUATION_DEADLINE), rules(of(SubjectType.COLLECTIVE, "2", early)));
        assertEquals(List.of(), rules(of(SubjectType.COLLECTIVE, "2", onTime)));
    }

    @Test
    void neverThrowsOnIncompleteTargets() {
        Target blank = new Target(null, null, null, null, null, null, null);
        Concretization odd = new Concretization(null, 0, SubjectType.CHIEF, null,
                Collections.singletonMap("2", List.of(blank)));

        assertEquals(List.of(EducationCheck.GRADUATION_REQUIRED), rules(odd));
    }
}
