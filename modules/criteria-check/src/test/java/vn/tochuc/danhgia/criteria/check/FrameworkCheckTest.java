package vn.tochuc.danhgia.criteria.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.Severity;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

class FrameworkCheckTest {

    private static List<String> codes(Framework framework) {
        return FrameworkCheck.check(framework).stream().map(Finding::code).toList();
    }

    private static Framework chiefWith(Criterion taskResults) {
        return Framework.of(SubjectType.CHIEF, "Khung tiêu chí đánh giá cấp trưởng",
                Criterion.of("1", "Chính trị tư tưởng; đạo đức, lối sống", 30), taskResults);
    }

    @Test
    void acceptsFrameworksThatFollowTheDraft() {
        assertEquals(List.of(), FrameworkCheck.check(DraftFrameworks.all()));
    }

    @Test
    void rejectsFrameworkWhosePointsDoNotAddUp() {
        Framework framework = Framework.of(SubjectType.COLLECTIVE, "Khung tiêu chí đánh giá tập thể",
                Criterion.of("1", "Xây dựng Đảng và hệ thống chính trị", 30).withChildren(
                        Criterion.of("1.a", "Chính trị, tư tưởng", 10),
                        Criterion.of("1.b", "Đoàn kết nội bộ", 10),
                        Criterion.of("1.c", "Tổ chức, cán bộ", 5)),
                Criterion.of("2", "Kết quả thực hiện nhiệm vụ", 70)
                        .concretizedBy(ConcretizationRule.targets(3, 10, 70)));

        List<Finding> findings = FrameworkCheck.check(framework);

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("POINTS_DO_NOT_ADD_UP", finding.code());
        assertEquals(SubjectType.COLLECTIVE, finding.subject());
        assertEquals("1", finding.criterionCode());
        assertEquals("Tiêu chí 1 có điểm tối đa 30 nhưng các tiêu chí thành phần cộng lại được 25 điểm.",
                finding.messageVi());
        assertEquals("Criterion 1 has 30 maximum points but its sub-criteria add up to 25.", finding.messageEn());
    }

    @Test
    void rejectsFrameworkWhoseTotalIsNot100() {
        Framework framework = chiefWith(Criterion.of("2", "Kết quả", Points.parse("69.5"))
                .concretizedBy(ConcretizationRule.targets(3, 10, Points.parse("69.5"))));

        List<Finding> findings = FrameworkCheck.check(framework);

        assertEquals(List.of("FRAMEWORK_TOTAL_NOT_100"), findings.stream().map(Finding::code).toList());
        assertEquals("Tổng điểm tối đa của khung tiêu chí cho cấp trưởng là 99,5 điểm; phải bằng 100 điểm.",
                findings.get(0).messageVi());
        assertEquals("The framework for the chief totals 99.5 points; it must total 100.", findings.get(0).messageEn());
    }

    @Test
    void rejectsCodesRepeatedWithinAFrameworkOnce() {
        Framework framework = Framework.of(SubjectType.COLLECTIVE, "Tập thể",
                Criterion.of("1", "Nhóm 1", 30).withChildren(
                        Criterion.of("1.a", "A", 10), Criterion.of("1.a", "B", 10), Criterion.of("1.a", "C", 10)),
                Criterion.of("2", "Nhóm 2", 70).concretizedBy(ConcretizationRule.targets(3, 10, 70)));

        assertEquals(List.of("CRITERION_CODE_DUPLICATE"), codes(framework));
    }

    @Test
    void allowsTheSameCodeInDifferentFrameworks() {
        assertTrue(DraftFrameworks.collective().criterion("2").isPresent());
        assertTrue(DraftFrameworks.chief().criterion("2").isPresent());
        assertEquals(List.of(), FrameworkCheck.check(DraftFrameworks.all()));
    }

    @Test
    void rejectsBlankTitlesAndMalformedCodes() {
        Framework framework = Framework.of(SubjectType.CHIEF, " ",
                Criterion.of("1 a", "", 30),
                Criterion.of("2", "Kết quả", 70).concretizedBy(ConcretizationRule.targets(3, 10, 70)));

        assertEquals(List.of("FRAMEWORK_TITLE_MISSING", "CRITERION_CODE_INVALID", "CRITERION_TITLE_MISSING"),
                codes(framework));
    }

    @Test
    void rejectsZeroOrNegativeMaxPoints() {
        Framework framework = chiefWith(Criterion.of("2", "Kết quả", 70).withChildren(
                Criterion.of("2.a", "Chỉ tiêu", 70).concretizedBy(ConcretizationRule.targets(3, 10, 70)),
                Criterion.of("2.b", "Không điểm", 0),
                Criterion.of("2.c", "Âm điểm", Points.parse("-0.5")),
                Criterion.of("2.d", "Bù lại", Points.parse("0.5"))));

        List<Finding> findings = FrameworkCheck.check(framework);

        assertEquals(List.of("MAX_POINTS_NOT_POSITIVE", "MAX_POINTS_NOT_POSITIVE"),
                findings.stream().map(Finding::code).toList());
        assertEquals(List.of("2.b", "2.c"), findings.stream().map(Finding::criterionCode).toList());
        assertEquals("Điểm tối đa của tiêu chí 2.c phải lớn hơn 0 (hiện là -0,5).", findings.get(1).messageVi());
    }

    @Test
    void rejectsRuleWithMinimumAboveMaximum() {
        Framework framework = chiefWith(Criterion.of("2", "Kết quả", 70)
                .concretizedBy(ConcretizationRule.targets(5, 3, 70)));

        assertEquals(List.of("RULE_BOUNDS_INVALID"), codes(framework));
    }

    @Test
    void rejectsRuleAskingForNoTargetsOrForTooMany() {
        Framework none = chiefWith(Criterion.of("2", "Kết quả", 70).concretizedBy(ConcretizationRule.targets(0, 5, 70)));
        Framework tooMany = chiefWith(Criterion.of("2", "Kết quả", 70)
                .concretizedBy(ConcretizationRule.targets(3, 51, 70)));

        assertEquals(List.of("RULE_BOUNDS_INVALID"), codes(none));
        assertEquals(List.of("RULE_BOUNDS_INVALID"), codes(tooMany));
        assertEquals("Quy tắc cụ thể hóa tiêu chí 2 yêu cầu từ 3 đến 51 chỉ tiêu; cần 1 ≤ số tối thiểu ≤ số tối đa ≤ 50.",
                FrameworkCheck.check(tooMany).get(0).messageVi());
    }

    @Test
    void acceptsRuleAtTheCapOfFiftyTargets() {
        Framework framework = chiefWith(Criterion.of("2", "Kết quả", 70)
                .concretizedBy(ConcretizationRule.targets(1, 50, 70)));

        assertEquals(List.of(), codes(framework));
    }

    @Test
    void rejectsRuleWhoseSumDiffersFromTheCriterionsMaximum() {
        Framework framework = chiefWith(Criterion.of("2", "Kết quả", 70)
                .concretizedBy(ConcretizationRule.targets(3, 10, 40)));

        assertEquals(List.of("RULE_SUM_MISMATCH"), codes(framework));
    }

    @Test
    void rejectsRuleThatNoSetOfTargetsCanMeet() {
        Framework framework = Framework.of(SubjectType.CHIEF, "Cấp trưởng",
                Criterion.of("1", "Chung", Points.parse("98")),
                Criterion.of("2", "Kết quả", 2).concretizedBy(ConcretizationRule.targets(21, 30, 2)));

        assertEquals(List.of("RULE_UNSATISFIABLE"), codes(framework));
    }

    @Test
    void rejectsRuleOnACriterionThatHasSubCriteria() {
        Framework framework = chiefWith(Criterion.of("2", "Kết quả", 70)
                .withChildren(Criterion.of("2.a", "A", 40), Criterion.of("2.b", "B", 30))
                .concretizedBy(ConcretizationRule.targets(3, 10, 70)));

        assertEquals(List.of("RULE_ON_PARENT"), codes(framework));
    }

    @Test
    void warnsWhenNoCriterionIsConcretized() {
        Framework framework = chiefWith(Criterion.of("2", "Kết quả", 70));

        List<Finding> findings = FrameworkCheck.check(framework);

        assertEquals(List.of("NO_CONCRETIZED_CRITERION"), findings.stream().map(Finding::code).toList());
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }

    @Test
    void rejectsPluginWithoutAFrameworkForEverySubjectType() {
        List<Finding> findings = FrameworkCheck.check(List.of(DraftFrameworks.collective()));

        assertEquals(List.of("SUBJECT_TYPE_MISSING", "SUBJECT_TYPE_MISSING"),
                findings.stream().map(Finding::code).toList());
        assertEquals(List.of(SubjectType.CHIEF, SubjectType.DEPUTY), findings.stream().map(Finding::subject).toList());
        assertEquals("Plugin chưa có khung tiêu chí cho cấp phó.", findings.get(1).messageVi());
        assertEquals("The plugin has no framework for the deputy.", findings.get(1).messageEn());
    }

    @Test
    void rejectsTwoFrameworksForTheSameSubjectType() {
        List<Finding> findings = FrameworkCheck.check(List.of(DraftFrameworks.collective(), DraftFrameworks.chief(),
                DraftFrameworks.chief(), DraftFrameworks.deputy()));

        assertEquals(List.of("SUBJECT_TYPE_DUPLICATE"), findings.stream().map(Finding::code).toList());
    }

    @Test
    void reportsFrameworksWithoutSubjectTypeInsteadOfFailing() {
        List<Framework> frameworks = Arrays.asList(DraftFrameworks.collective(), DraftFrameworks.chief(),
                DraftFrameworks.deputy(), null, new Framework(null, "Khung lạc", null));

        List<Finding> findings = FrameworkCheck.check(frameworks);

        assertEquals(List.of("FRAMEWORK_SUBJECT_MISSING", "FRAMEWORK_SUBJECT_MISSING"),
                findings.stream().map(Finding::code).toList());
        assertEquals("Khung tiêu chí \"Khung lạc\" chưa nêu đối tượng đánh giá.", findings.get(1).messageVi());
    }

    @Test
    void rejectsAFrameworkWithoutGroups() {
        Framework framework = new Framework(SubjectType.DEPUTY, "Cấp phó", List.of());

        assertEquals(List.of("FRAMEWORK_EMPTY"), codes(framework));
    }
}
