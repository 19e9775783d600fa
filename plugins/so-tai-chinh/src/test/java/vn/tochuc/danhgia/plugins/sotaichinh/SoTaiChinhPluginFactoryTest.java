package vn.tochuc.danhgia.plugins.sotaichinh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.check.CheckReport;
import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.Regulations;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;
import vn.tochuc.danhgia.criteria.spi.TargetField;
import vn.tochuc.danhgia.criteria.testkit.PluginAssertions;

class SoTaiChinhPluginFactoryTest {

    private final CriteriaPlugin plugin = new SoTaiChinhPluginFactory().create();

    private Framework framework(SubjectType subject) {
        return plugin.framework(subject).orElseThrow();
    }

    @Test
    void passesTheChecksTheHostRunsBeforeEnablingIt() {
        PluginAssertions.assertPluginValid(new SoTaiChinhPluginFactory());
    }

    @Test
    void servesSoTaiChinhUnderRegulation366From2025To2030() {
        PluginDescriptor descriptor = new SoTaiChinhPluginFactory().descriptor();

        assertEquals(List.of("STC"), descriptor.unitCodes());
        assertEquals(Regulations.QD_366, descriptor.regulation());
        assertTrue(descriptor.appliesTo(2025) && descriptor.appliesTo(2030));
        assertFalse(descriptor.appliesTo(2024));
    }

    @Test
    void collectiveFrameworkFollowsArticle3() {
        Framework collective = framework(SubjectType.COLLECTIVE);

        assertEquals(List.of(Points.of(30), Points.of(70)),
                collective.groups().stream().map(Criterion::maxPoints).toList());
        assertEquals(List.of("1.a", "1.b", "1.c"),
                collective.groups().get(0).children().stream().map(Criterion::code).toList());
        ConcretizationRule rule = collective.criterion("2").orElseThrow().concretization();
        assertEquals(List.of(3, 10, 70), List.of(rule.minTargets(), rule.maxTargets(), rule.pointsSum().tenths() / 10));
        assertTrue(rule.requires(TargetField.DEADLINE) && rule.requires(TargetField.OUTPUT));
    }

    @Test
    void chiefConcretizesAllSeventyPointsOfTaskResults() {
        Criterion taskResults = framework(SubjectType.CHIEF).criterion("2").orElseThrow();

        assertEquals(Points.of(70), taskResults.concretization().pointsSum());
        assertTrue(taskResults.concretization().guidance().contains("40 điểm"));
    }

    @Test
    void deputyConcretizesOnlyTheFieldOfResponsibility() {
        Framework deputy = framework(SubjectType.DEPUTY);

        assertEquals(List.of("2.a"), deputy.concretizedCriteria().stream().map(Criterion::code).toList());
        assertEquals(Points.of(50), deputy.criterion("2.a").orElseThrow().concretization().pointsSum());
    }

    @Test
    void givesScoringGuidanceForEveryLeafAndEvidenceForEveryConcretizedCriterion() {
        for (Framework framework : plugin.frameworks()) {
            framework.criteria().filter(Criterion::isLeaf)
                    .forEach(c -> assertFalse(c.guidance().isBlank(), framework.subjectType() + " " + c.code()));
            framework.concretizedCriteria()
                    .forEach(c -> assertFalse(c.evidence().isEmpty(), framework.subjectType() + " " + c.code()));
        }
    }

    @Test
    void acceptsFourChiefTargetsWhosePointsAddUpTo70() {
        Concretization concretization = Concretization.of(SubjectType.CHIEF, "STC", FinanceTargets.YEAR)
                .withTargets("2", FinanceTargets.chiefFour());

        CheckReport report = PluginAssertions.assertAccepted(new SoTaiChinhPluginFactory(), concretization);

        assertTrue(report.findings().isEmpty(), report.describe());
    }

    @Test
    void acceptsAnyFourCompleteChiefTargetsAddingUpTo70WithWarningsAtMost() {
        List<Target> plain = List.of(plain("Nhiệm vụ một", 40), plain("Nhiệm vụ hai", 15), plain("Nhiệm vụ ba", 10),
                plain("Nhiệm vụ bốn", 5));
        Concretization concretization = Concretization.of(SubjectType.CHIEF, "STC", FinanceTargets.YEAR)
                .withTargets("2", plain);

        CheckReport report = PluginAssertions.assertAccepted(new SoTaiChinhPluginFactory(), concretization);

        assertEquals(List.of(FinanceCheck.DISBURSEMENT_REQUIRED), List.copyOf(report.codes()));
    }

    @Test
    void rejectsCollectiveTargetsThatDoNotAddUpTo70() {
        Concretization concretization = Concretization.of(SubjectType.COLLECTIVE, "STC", FinanceTargets.YEAR)
                .withTargets("2", List.of(FinanceTargets.disbursement("95", 30), FinanceTargets.revenue("100", 20),
                        FinanceTargets.settlement(15)));

        PluginAssertions.assertRejected(new SoTaiChinhPluginFactory(), concretization, "TARGET_POINTS_DO_NOT_ADD_UP");
    }

    @Test
    void rejectsADeadlineAfterTheEndOfTheYear() {
        Target late = FinanceTargets.target("Quyết toán ngân sách địa phương năm 2025", "Báo cáo quyết toán trình HĐND",
                "1", "báo cáo", "Nghị quyết phê chuẩn quyết toán", LocalDate.of(2027, 1, 15), 10);
        List<Target> targets = List.of(FinanceTargets.disbursement("95", 25), FinanceTargets.revenue("100", 20),
                FinanceTargets.settlement(15), late);
        Concretization concretization = Concretization.of(SubjectType.CHIEF, "STC", FinanceTargets.YEAR)
                .withTargets("2", targets);

        CheckReport report = PluginAssertions.assertRejected(new SoTaiChinhPluginFactory(), concretization,
                "TARGET_DEADLINE_OUTSIDE_YEAR");

        assertEquals(3, PluginAssertions.assertFinding(report, "TARGET_DEADLINE_OUTSIDE_YEAR").targetIndex());
    }

    private static Target plain(String title, int points) {
        return new Target(title, "Mức độ hoàn thành", BigDecimal.valueOf(100), "%", "Báo cáo kết quả",
                LocalDate.of(FinanceTargets.YEAR, 11, 30), Points.of(points));
    }
}
