package vn.tochuc.danhgia.criteria.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.check.FrameworkCheck;
import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/** The draft's criteria (Điều 3, 4, 5), and changing them with {@link Criteria}. */
class DraftCriteriaTest {

    private static final List<Framework> FRAMEWORKS = List.of(
            Framework.of(SubjectType.COLLECTIVE, "Tập thể",
                    CollectiveCriteria.partyBuilding(CollectiveCriteria.politicalWork(),
                            CollectiveCriteria.unityAndInspection(), CollectiveCriteria.organizationAndStaff()),
                    CollectiveCriteria.taskResults().concretizedBy(ConcretizationRule.targets(3, 10, 70))),
            Framework.of(SubjectType.CHIEF, "Cấp trưởng", ChiefCriteria.general(),
                    ChiefCriteria.taskResults().concretizedBy(ConcretizationRule.targets(3, 10, 70))),
            Framework.of(SubjectType.DEPUTY, "Cấp phó", DeputyCriteria.general(), DeputyCriteria.taskResults(
                    DeputyCriteria.fieldTargets().concretizedBy(ConcretizationRule.targets(2, 8, 50)),
                    DeputyCriteria.advising(), DeputyCriteria.adHocTasks())));

    private static List<Integer> childPoints(Criterion criterion) {
        return criterion.children().stream().map(c -> c.maxPoints().tenths() / 10).toList();
    }

    @Test
    void makeFrameworksThatPassTheHostsCheck() {
        assertEquals(List.of(), FrameworkCheck.check(FRAMEWORKS));
    }

    @Test
    void followTheDraftsPointSplits() {
        assertEquals(List.of(10, 10, 10), childPoints(FRAMEWORKS.get(0).groups().get(0)));
        assertEquals(List.of(6, 6, 6, 6, 6), childPoints(ChiefCriteria.general()));
        assertEquals(List.of(8, 8, 7, 7), childPoints(DeputyCriteria.general()));
        assertEquals(List.of(50, 10, 10), childPoints(FRAMEWORKS.get(2).groups().get(1)));
        assertEquals(List.of("1.a", "1.b", "1.c", "1.d", "1.e"),
                ChiefCriteria.general().children().stream().map(Criterion::code).toList());
    }

    @Test
    void gradeEveryLeafAndLetThePluginAddItsOwnGuidance() {
        for (Framework framework : FRAMEWORKS) {
            framework.criteria().filter(Criterion::isLeaf)
                    .forEach(c -> assertTrue(c.guidance().startsWith("Xuất sắc") || c.guidance()
                            .equals(Grading.TARGETS), c.code() + ": " + c.guidance()));
        }
        assertEquals(Grading.TEN_POINTS + " Gồm kỷ luật phát ngôn.",
                CollectiveCriteria.politicalWork("Gồm kỷ luật phát ngôn.").guidance());
        assertEquals(Grading.TARGETS + " Không cao hơn mức của tập thể.",
                ChiefCriteria.taskResults("Không cao hơn mức của tập thể.").guidance());
        assertEquals(Grading.TEN_POINTS, CollectiveCriteria.unityAndInspection(" ").guidance());
    }

    @Test
    void amendOneSubCriterionAndLeaveTheRestAsTheyWere() {
        Criterion general = ChiefCriteria.general();

        Criterion amended = Criteria.amend(general, "1.e", c -> Criteria.withMoreGuidance(c, "Gồm gia đình."));

        assertEquals(Grading.forPoints(6) + " Gồm gia đình.", amended.children().get(4).guidance());
        assertEquals(general.children().subList(0, 4), amended.children().subList(0, 4));
        assertEquals(general.withChildren(), amended.withChildren());
        assertEquals(Points.of(30), amended.maxPoints());
        assertThrows(IllegalArgumentException.class, () -> Criteria.amend(general, "9.z", c -> c));
    }

    @Test
    void writeTheDraftsRulesForTheHeadsTargetsFromThePluginsWords() {
        assertEquals(Grading.TARGETS + " Mức xếp loại của Giám đốc không cao hơn mức xếp loại của tập thể Sở.",
                ChiefCriteria.taskResults("Giám đốc", "Sở").guidance());
        ConcretizationRule rule = ChiefCriteria.taskTargets("Giám đốc", "nhiệm vụ chính trị", "đổi mới",
                "việc đột xuất");
        assertEquals(List.of(3, 10, 70), List.of(rule.minTargets(), rule.maxTargets(), rule.pointsSum().tenths() / 10));
        assertEquals("Cụ thể hóa toàn bộ 70 điểm thành 3 đến 10 chỉ tiêu mà Giám đốc trực tiếp chịu trách nhiệm, tổng "
                + "điểm bằng 70. Phân bổ gợi ý theo Điều 4 dự thảo: khoảng 40 điểm cho nhiệm vụ chính trị; khoảng 15 "
                + "điểm cho đổi mới; khoảng 15 điểm cho việc đột xuất.", rule.guidance());
    }

    @Test
    void writeTheDraftsRuleForTheDeputysFieldWithOrWithoutExamples() {
        ConcretizationRule rule = DeputyCriteria.fieldTargets("đầu tư công; quản lý giá", "Nên có giải ngân.")
                .concretization();

        assertEquals(List.of(2, 8, 50), List.of(rule.minTargets(), rule.maxTargets(), rule.pointsSum().tenths() / 10));
        assertEquals("Cụ thể hóa thành 2 đến 8 chỉ tiêu thuộc lĩnh vực được phân công (ví dụ: đầu tư công; quản lý "
                + "giá), tổng điểm bằng 50. Nên có giải ngân.", rule.guidance());
        assertEquals("Cụ thể hóa thành 2 đến 8 chỉ tiêu thuộc lĩnh vực được phân công, tổng điểm bằng 50.",
                DeputyCriteria.fieldTargets(null, null).concretization().guidance());
    }

    @Test
    void buildTheDeputysTasksFromTheFieldAndTheAdvisingEvidence() {
        Criterion field = DeputyCriteria.fieldTargets(null, null);

        Criterion tasks = DeputyCriteria.taskResults(field, "Tờ trình");

        assertEquals(DeputyCriteria.taskResults(field, DeputyCriteria.advising().withEvidence("Tờ trình"),
                DeputyCriteria.adHocTasks()), tasks);
    }

    @Test
    void giveTheAdHocTasksTheEvidenceEveryUnitHas() {
        assertEquals(List.of("Văn bản giao nhiệm vụ đột xuất và báo cáo kết quả"),
                DeputyCriteria.adHocTasks().evidence());
        assertEquals(List.of(), DeputyCriteria.advising().evidence());
    }
}
