package vn.tochuc.danhgia.criteria.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.Severity;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

class ConcretizationReviewTest {

    private static final int YEAR = 2026;

    /** A plugin with the draft's frameworks whose agency check answers with the given messages. */
    private static CriteriaPlugin pluginSaying(CheckMessage... messages) {
        return new CriteriaPlugin() {
            @Override
            public List<Framework> frameworks() {
                return DraftFrameworks.all();
            }

            @Override
            public List<CheckMessage> check(Concretization concretization) {
                return Arrays.asList(messages);
            }
        };
    }

    private static Concretization chief(int... points) {
        return Concretization.of(SubjectType.CHIEF, "STC", YEAR).withTargets("2", DraftFrameworks.targets(YEAR, points));
    }

    @Test
    void listsGenericFindingsBeforeThePluginsOwn() {
        CriteriaPlugin plugin = pluginSaying(CheckMessage.error("stc.giai-ngan-required", "2", null,
                "Cần ít nhất một chỉ tiêu về giải ngân vốn đầu tư công."));

        CheckReport report = ConcretizationReview.review(plugin, chief(40, 20));

        assertEquals(List.of("TARGET_COUNT_OUT_OF_RANGE", "TARGET_POINTS_DO_NOT_ADD_UP", "stc.giai-ngan-required"),
                List.copyOf(report.codes()));
        Finding pluginFinding = report.findings().get(2);
        assertEquals(SubjectType.CHIEF, pluginFinding.subject());
        assertEquals("Cần ít nhất một chỉ tiêu về giải ngân vốn đầu tư công.", pluginFinding.messageVi());
        assertEquals(pluginFinding.messageVi(), pluginFinding.messageEn());
    }

    @Test
    void showsThePluginsEnglishTextInEnglishWhenItGivesOne() {
        CriteriaPlugin plugin = pluginSaying(CheckMessage.error("stc.giai-ngan-required", "2", null,
                "Cần ít nhất một chỉ tiêu về giải ngân vốn đầu tư công.")
                .withEnglish("Add at least one target on public investment disbursement."));

        Finding finding = ConcretizationReview.review(plugin, chief(25, 20, 15, 10)).findings().get(0);

        assertEquals("Cần ít nhất một chỉ tiêu về giải ngân vốn đầu tư công.", finding.message(Locale.forLanguageTag("vi")));
        assertEquals("Add at least one target on public investment disbursement.", finding.message(Locale.ENGLISH));
    }

    @Test
    void acceptsAConcretizationWhenThePluginOnlyWarns() {
        CriteriaPlugin plugin = pluginSaying(CheckMessage.warning("stc.giai-ngan-low", "2", 0, "Nên từ 95% trở lên."));

        CheckReport report = ConcretizationReview.review(plugin, chief(25, 20, 15, 10));

        assertTrue(report.ok());
        assertEquals(1, report.warnings().size());
        assertEquals(0, report.warnings().get(0).targetIndex());
    }

    @Test
    void containsAPluginThatThrowsAndKeepsTheGenericResult() {
        CriteriaPlugin plugin = new CriteriaPlugin() {
            @Override
            public List<Framework> frameworks() {
                return DraftFrameworks.all();
            }

            @Override
            public List<CheckMessage> check(Concretization concretization) {
                throw new IllegalStateException("lỗi lập trình");
            }
        };

        CheckReport report = ConcretizationReview.review(plugin, chief(40, 20));

        assertEquals(List.of("TARGET_COUNT_OUT_OF_RANGE", "TARGET_POINTS_DO_NOT_ADD_UP", "PLUGIN_CHECK_FAILED"),
                List.copyOf(report.codes()));
    }

    @Test
    void skipsNullMessagesAndNamesUnnamedRules() {
        CriteriaPlugin plugin = pluginSaying(null, new CheckMessage(null, " ", null, null, "Thiếu chỉ tiêu."));

        CheckReport report = ConcretizationReview.review(plugin, chief(25, 20, 15, 10));

        assertEquals(List.of(Finding.UNNAMED_PLUGIN_RULE), List.copyOf(report.codes()));
        assertEquals(Severity.ERROR, report.findings().get(0).severity());
    }

    @Test
    void runsOnlyTheGenericCheckWhenThePluginIsNotAvailable() {
        CheckReport report = ConcretizationReview.review(DraftFrameworks.chief(), chief(25, 20, 15, 10), null);

        assertTrue(report.ok());
        assertTrue(report.findings().isEmpty());
    }

    @Test
    void rejectsASubjectTypeThePluginHasNoFrameworkFor() {
        CriteriaPlugin plugin = () -> List.of(DraftFrameworks.collective());

        CheckReport report = ConcretizationReview.review(plugin, chief(25, 20, 15, 10));

        assertFalse(report.ok());
        assertEquals(List.of("SUBJECT_TYPE_MISSING"), List.copyOf(report.codes()));
    }
}
