package vn.tochuc.danhgia.criteria.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;
import vn.tochuc.danhgia.criteria.spi.TargetField;

class ConcretizationCheckTest {

    private static final int YEAR = 2026;

    private static Concretization chief(List<Target> targets) {
        return Concretization.of(SubjectType.CHIEF, "STC", YEAR).withTargets("2", targets);
    }

    private static List<String> codes(Framework framework, Concretization concretization) {
        return ConcretizationCheck.check(framework, concretization).stream().map(Finding::code).toList();
    }

    @Test
    void acceptsFourTargetsWhosePointsAddUpTo70ForTheChief() {
        Concretization concretization = chief(DraftFrameworks.targets(YEAR, 25, 20, 15, 10));

        assertEquals(List.of(), ConcretizationCheck.check(DraftFrameworks.chief(), concretization));
    }

    @Test
    void acceptsPointsInTenthsThatAddUpExactly() {
        List<Target> targets = List.of(
                DraftFrameworks.target("Một", Points.parse("23.3"), YEAR),
                DraftFrameworks.target("Hai", Points.parse("23.3"), YEAR),
                DraftFrameworks.target("Ba", Points.parse("23.4"), YEAR));

        assertEquals(List.of(), codes(DraftFrameworks.chief(), chief(targets)));
    }

    @Test
    void rejectsTooFewTargets() {
        List<Finding> findings = ConcretizationCheck.check(DraftFrameworks.chief(),
                chief(DraftFrameworks.targets(YEAR, 40, 30)));

        assertEquals(List.of("TARGET_COUNT_OUT_OF_RANGE"), findings.stream().map(Finding::code).toList());
        assertEquals("Tiêu chí 2 có 2 chỉ tiêu; số chỉ tiêu phải từ 3 đến 10.", findings.get(0).messageVi());
    }

    @Test
    void rejectsTooManyTargets() {
        Concretization concretization = chief(DraftFrameworks.targets(YEAR, 7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 1));

        assertEquals(List.of("TARGET_COUNT_OUT_OF_RANGE"), codes(DraftFrameworks.chief(), concretization));
    }

    @Test
    void rejectsTargetsWhosePointsDoNotAddUpToTheRule() {
        List<Finding> findings = ConcretizationCheck.check(DraftFrameworks.chief(),
                chief(DraftFrameworks.targets(YEAR, 25, 20, 15, 5)));

        assertEquals(List.of("TARGET_POINTS_DO_NOT_ADD_UP"), findings.stream().map(Finding::code).toList());
        assertEquals("Tổng điểm các chỉ tiêu của tiêu chí 2 là 65; phải bằng 70 điểm.", findings.get(0).messageVi());
        assertEquals("The targets of criterion 2 add up to 65 points; they must add up to 70.",
                findings.get(0).messageEn());
    }

    @Test
    void rejectsACriterionLeftWithoutTargets() {
        List<Finding> findings = ConcretizationCheck.check(DraftFrameworks.collective(),
                Concretization.of(SubjectType.COLLECTIVE, "STC", YEAR));

        assertEquals(List.of("TARGETS_MISSING"), findings.stream().map(Finding::code).toList());
        assertEquals("Tiêu chí 2 chưa được cụ thể hóa: cần từ 3 đến 10 chỉ tiêu.", findings.get(0).messageVi());
    }

    @Test
    void rejectsEveryMissingRequiredFieldOfATargetAndSaysWhichTarget() {
        Target bare = new Target("Giải ngân vốn đầu tư công", "", null, "", "", null, Points.of(10));
        List<Target> targets = List.of(DraftFrameworks.target("Một", 30, YEAR), DraftFrameworks.target("Hai", 30, YEAR),
                bare);

        List<Finding> findings = ConcretizationCheck.check(DraftFrameworks.chief(), chief(targets));

        assertEquals(List.of("TARGET_FIELD_MISSING", "TARGET_FIELD_MISSING", "TARGET_FIELD_MISSING",
                "TARGET_FIELD_MISSING"), findings.stream().map(Finding::code).toList());
        assertEquals(List.of(2, 2, 2, 2), findings.stream().map(Finding::targetIndex).toList());
        assertEquals("Chỉ tiêu thứ 3 của tiêu chí 2 chưa có chỉ số đo lường.", findings.get(0).messageVi());
        assertEquals("Target 3 of criterion 2 has no target value.", findings.get(1).messageEn());
    }

    @Test
    void checksOnlyTheFieldsTheRuleRequires() {
        Framework framework = Framework.of(SubjectType.CHIEF, "Cấp trưởng",
                Criterion.of("1", "Chung", 30),
                Criterion.of("2", "Kết quả", 70)
                        .concretizedBy(ConcretizationRule.targets(1, 5, 70).requiring(TargetField.OUTPUT)));
        Target withOutputOnly = new Target("Tham mưu đề án", "", null, "", "Đề án được phê duyệt", null,
                Points.of(70));

        assertEquals(List.of(), codes(framework, chief(List.of(withOutputOnly))));
    }

    @Test
    void rejectsTargetWithoutTitleOrPoints() {
        Target untitled = new Target(" ", "Tỷ lệ", BigDecimal.TEN, "%", "Báo cáo", LocalDate.of(YEAR, 6, 30),
                Points.ZERO);
        List<Target> targets = List.of(DraftFrameworks.target("Một", 40, YEAR), DraftFrameworks.target("Hai", 30, YEAR),
                untitled);

        assertEquals(List.of("TARGET_TITLE_MISSING", "TARGET_POINTS_NOT_POSITIVE"),
                codes(DraftFrameworks.chief(), chief(targets)));
    }

    @Test
    void rejectsTargetValueThatHasNoUnit() {
        Target unitless = new Target("Thu ngân sách", "Số thu", new BigDecimal("4500"), " ", "Báo cáo thu",
                LocalDate.of(YEAR, 12, 31), Points.of(10));
        List<Target> targets = List.of(DraftFrameworks.target("Một", 30, YEAR), DraftFrameworks.target("Hai", 30, YEAR),
                unitless);

        List<Finding> findings = ConcretizationCheck.check(DraftFrameworks.chief(), chief(targets));

        assertEquals(List.of("TARGET_VALUE_WITHOUT_UNIT"), findings.stream().map(Finding::code).toList());
        assertEquals(2, findings.get(0).targetIndex());
    }

    @Test
    void rejectsDeadlineOutsideTheEvaluationYear() {
        Target late = new Target("Quyết toán", "Tỷ lệ", BigDecimal.TEN, "%", "Báo cáo", LocalDate.of(YEAR + 1, 1, 15),
                Points.of(10));
        List<Target> targets = List.of(DraftFrameworks.target("Một", 30, YEAR), DraftFrameworks.target("Hai", 30, YEAR),
                late);

        List<Finding> findings = ConcretizationCheck.check(DraftFrameworks.chief(), chief(targets));

        assertEquals(List.of("TARGET_DEADLINE_OUTSIDE_YEAR"), findings.stream().map(Finding::code).toList());
        assertEquals("Thời hạn hoàn thành 15/01/2027 của chỉ tiêu thứ 3 (tiêu chí 2) không nằm trong năm đánh giá 2026.",
                findings.get(0).messageVi());
    }

    @Test
    void acceptsDeadlineOnTheLastDayOfTheYear() {
        Target lastDay = new Target("Quyết toán", "Tỷ lệ", BigDecimal.TEN, "%", "Báo cáo", LocalDate.of(YEAR, 12, 31),
                Points.of(10));
        List<Target> targets = List.of(DraftFrameworks.target("Một", 30, YEAR), DraftFrameworks.target("Hai", 30, YEAR),
                lastDay);

        assertEquals(List.of(), codes(DraftFrameworks.chief(), chief(targets)));
    }

    @Test
    void rejectsTargetsAttachedToACriterionThatIsNotConcretized() {
        Concretization concretization = chief(DraftFrameworks.targets(YEAR, 30, 20, 20))
                .withTargets("1", DraftFrameworks.targets(YEAR, 30))
                .withTargets("9", DraftFrameworks.targets(YEAR, 5));

        assertEquals(List.of("TARGETS_FOR_UNKNOWN_CRITERION", "TARGETS_FOR_UNKNOWN_CRITERION"),
                codes(DraftFrameworks.chief(), concretization));
    }

    @Test
    void rejectsDeputyWithoutAFieldOfResponsibility() {
        Concretization concretization = Concretization.of(SubjectType.DEPUTY, "STC", YEAR)
                .withTargets("2.a", DraftFrameworks.targets(YEAR, 30, 20));

        assertEquals(List.of("DEPUTY_FIELD_MISSING"), codes(DraftFrameworks.deputy(), concretization));
        assertEquals(List.of(), codes(DraftFrameworks.deputy(), concretization.withDeputyField("Ngân sách")));
    }

    @Test
    void rejectsAConcretizationOfAnotherSubjectType() {
        List<Finding> findings = ConcretizationCheck.check(DraftFrameworks.collective(),
                chief(DraftFrameworks.targets(YEAR, 25, 20, 15, 10)));

        assertEquals(List.of("CONCRETIZATION_SUBJECT_MISMATCH"), findings.stream().map(Finding::code).toList());
        assertEquals("Bản cụ thể hóa dành cho cấp trưởng, nhưng khung tiêu chí dành cho tập thể lãnh đạo, quản lý.",
                findings.get(0).messageVi());
    }
}
