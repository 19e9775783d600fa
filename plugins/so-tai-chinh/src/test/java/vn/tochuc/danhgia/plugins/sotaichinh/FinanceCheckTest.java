package vn.tochuc.danhgia.plugins.sotaichinh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.Severity;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;

class FinanceCheckTest {

    private static Concretization collective(Target... targets) {
        return Concretization.of(SubjectType.COLLECTIVE, "STC", FinanceTargets.YEAR).withTargets("2", List.of(targets));
    }

    private static List<String> rules(Concretization concretization) {
        return FinanceCheck.check(concretization).stream().map(CheckMessage::ruleId).toList();
    }

    @Test
    void findsNothingWrongWithATypicalCollectiveConcretization() {
        Concretization concretization = collective(FinanceTargets.disbursement("95", 25),
                FinanceTargets.revenue("105", 20), FinanceTargets.settlement(15), FinanceTargets.digital(10));

        assertEquals(List.of(), FinanceCheck.check(concretization));
    }

    @Test
    void rejectsCollectiveWithoutADisbursementTarget() {
        List<CheckMessage> messages = FinanceCheck.check(collective(FinanceTargets.revenue("100", 40),
                FinanceTargets.settlement(30)));

        assertEquals(1, messages.size());
        CheckMessage message = messages.get(0);
        assertEquals(FinanceCheck.DISBURSEMENT_REQUIRED, message.ruleId());
        assertEquals(Severity.ERROR, message.severity());
        assertEquals("2", message.criterionCode());
        assertEquals("Chưa có chỉ tiêu về giải ngân vốn đầu tư công; đây là nhiệm vụ trọng tâm của Sở Tài chính.",
                message.text());
    }

    @Test
    void onlyWarnsTheDirectorWithoutADisbursementTarget() {
        Concretization chief = Concretization.of(SubjectType.CHIEF, "STC", FinanceTargets.YEAR)
                .withTargets("2", List.of(FinanceTargets.revenue("100", 70)));

        List<CheckMessage> messages = FinanceCheck.check(chief);

        assertEquals(List.of(Severity.WARNING), messages.stream().map(CheckMessage::severity).toList());
    }

    @Test
    void warnsADeputyForPublicInvestmentWithoutADisbursementTargetButNotOtherDeputies() {
        Concretization investment = Concretization.of(SubjectType.DEPUTY, "STC", FinanceTargets.YEAR)
                .withDeputyField("Đầu tư công, quyết toán dự án")
                .withTargets("2.a", List.of(FinanceTargets.settlement(50)));

        assertEquals(List.of(FinanceCheck.DISBURSEMENT_REQUIRED), rules(investment));
        assertEquals("2.a", FinanceCheck.check(investment).get(0).criterionCode());
        assertEquals(List.of(), rules(investment.withDeputyField("Quản lý giá, công sản")));
    }

    @Test
    void recognisesTopicsTypedWithoutDiacritics() {
        Target typedPlainly = FinanceTargets.target("giai ngan von dau tu cong", "ty le giai ngan", "96", "%",
                "Bao cao", LocalDate.of(FinanceTargets.YEAR, 12, 31), 70);

        assertEquals(List.of(), rules(collective(typedPlainly)));
    }

    @Test
    void rejectsAPercentageAbove100() {
        Target over = FinanceTargets.target("Giải ngân vốn ODA", "Tỷ lệ giải ngân", "110", "%", "Báo cáo",
                LocalDate.of(FinanceTargets.YEAR, 12, 31), 20);

        List<CheckMessage> messages = FinanceCheck.check(collective(FinanceTargets.disbursement("95", 50), over));

        assertEquals(List.of(FinanceCheck.PERCENTAGE_OVER_100), messages.stream().map(CheckMessage::ruleId).toList());
        assertEquals(1, messages.get(0).targetIndex());
    }

    @Test
    void allowsRevenueAbove100PercentOfTheEstimate() {
        assertEquals(List.of(), rules(collective(FinanceTargets.disbursement("95", 50),
                FinanceTargets.revenue("112", 20))));
    }

    @Test
    void warnsWhenTheDisbursementTargetIsBelow95Percent() {
        List<CheckMessage> messages = FinanceCheck.check(collective(FinanceTargets.disbursement("90", 70)));

        assertEquals(List.of(FinanceCheck.DISBURSEMENT_LOW), messages.stream().map(CheckMessage::ruleId).toList());
        assertEquals(Severity.WARNING, messages.get(0).severity());
        assertTrue(messages.get(0).text().startsWith("Tỷ lệ giải ngân 90% thấp hơn"), messages.get(0).text());
    }

    @Test
    void warnsWhenNextYearsBudgetEstimateIsDueAfterTenthOfDecember() {
        Target late = FinanceTargets.nextYearsEstimate(LocalDate.of(FinanceTargets.YEAR, 12, 20), 20);
        Target inTime = FinanceTargets.nextYearsEstimate(LocalDate.of(FinanceTargets.YEAR, 12, 10), 20);

        assertEquals(List.of(FinanceCheck.ESTIMATE_DEADLINE),
                rules(collective(FinanceTargets.disbursement("95", 50), late)));
        assertEquals(List.of(), rules(collective(FinanceTargets.disbursement("95", 50), inTime)));
    }

    @Test
    void doesNotMistakeRevenueAgainstTheEstimateForPreparingNextYearsEstimate() {
        assertEquals(List.of(), rules(collective(FinanceTargets.disbursement("95", 50),
                FinanceTargets.revenue("100", 20))));
    }

    @Test
    void neverThrowsOnIncompleteTargets() {
        Target blank = new Target(null, null, null, null, null, null, null);
        Target percentWithoutValue = new Target("Giải ngân", "", null, "%", "", null, Points.ZERO);
        Concretization odd = new Concretization(null, 0, SubjectType.DEPUTY, null,
                Collections.singletonMap(null, Arrays.asList(blank, percentWithoutValue)));

        assertEquals(List.of(), FinanceCheck.check(odd));
        assertEquals(1, FinanceCheck.check(Concretization.of(SubjectType.COLLECTIVE, "STC", 2026)).size());
    }
}
