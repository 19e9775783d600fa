package vn.tochuc.danhgia.criteria.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import vn.tochuc.danhgia.criteria.check.CheckReport;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.PluginConfig;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;

class PluginAssertionsTest {

    private static Concretization validCollective() {
        CriteriaPlugin plugin = new DemoPluginFactory().create();
        return SampleConcretizations.valid(plugin.framework(SubjectType.COLLECTIVE).orElseThrow(), "STC", 2026);
    }

    @Test
    void passesAWellFormedPluginRegisteredInServices() {
        PluginAssertions.assertPluginValid(new DemoPluginFactory());

        assertTrue(PluginAssertions.report(new DemoPluginFactory(), PluginConfig.empty(), Map.of()).findings()
                .isEmpty());
    }

    @Test
    void failsWhenManifestPropertiesAreMissing() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> runWithoutSystemProperties(
                () -> PluginAssertions.assertPluginValid(new DemoPluginFactory()),
                "plugin.version", "plugin.spi.version"));

        assertTrue(e.getMessage().contains("missing: plugin.version, plugin.spi.version."), e.getMessage());
        assertTrue(e.getMessage().contains("đang thiếu: plugin.version, plugin.spi.version."), e.getMessage());
        assertTrue(e.getMessage().contains("<plugin.spi.version>${plugin.spi.version}</plugin.spi.version>"),
                e.getMessage());
    }

    @Test
    void skipsTheManifestOnlyWhenGivenAnEmptyManifestOnPurpose() {
        CheckReport report = withoutSystemProperties(
                () -> PluginAssertions.report(new DemoPluginFactory(), PluginConfig.empty(), Map.of()),
                "plugin.id", "plugin.version", "plugin.spi.version");

        assertTrue(report.ok(), report.describe());
    }

    @Test
    void checksTheManifestPropertiesTheBuildPasses() {
        CheckReport report = withSystemProperty("plugin.version", "1.0.1",
                () -> PluginAssertions.report(new DemoPluginFactory(), PluginConfig.empty()));

        assertEquals(List.of("MANIFEST_MISMATCH"), List.copyOf(report.codes()));
    }

    @Test
    void failsWithTheHostsFindingsInVietnameseAndEnglish() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> PluginAssertions.assertPluginValid(new UnregisteredFactory()));

        assertTrue(e.getMessage().contains("PROVIDER_MISMATCH"), e.getMessage());
        assertTrue(e.getMessage().contains("POINTS_DO_NOT_ADD_UP [COLLECTIVE 1] Tiêu chí 1 có điểm tối đa 30 nhưng "
                + "các tiêu chí thành phần cộng lại được 25 điểm. | Criterion 1 has 30 maximum points"), e.getMessage());
    }

    @Test
    void closesTheFactoryAfterCheckingIt() {
        UnregisteredFactory factory = new UnregisteredFactory();

        PluginAssertions.report(factory, PluginConfig.empty(), Map.of());

        assertTrue(factory.closed);
    }

    @Test
    void checksTheManifestEntriesTheBuildWillStamp() {
        Map<String, String> manifest = Map.of("Plugin-Id", "demo-plugin", "Plugin-Version", "1.0.1",
                "Plugin-Spi-Version", "2.0");

        CheckReport report = PluginAssertions.report(new DemoPluginFactory(), PluginConfig.empty(), manifest);

        assertEquals(List.of("SPI_VERSION_INCOMPATIBLE", "MANIFEST_MISMATCH"), List.copyOf(report.codes()));
    }

    @Test
    void acceptsAConcretizationThatSatisfiesBothChecks() {
        CheckReport report = PluginAssertions.assertAccepted(new DemoPluginFactory(), validCollective());

        assertTrue(report.findings().isEmpty(), report.describe());
    }

    @Test
    void rejectsThroughTheGenericCheck() {
        Concretization tooFew = validCollective().withTargets("2",
                SampleConcretizations.split("Nhiệm vụ", Points.of(70), 2, 2026));

        PluginAssertions.assertRejected(new DemoPluginFactory(), tooFew, "TARGET_COUNT_OUT_OF_RANGE");
        assertThrows(AssertionFailedError.class,
                () -> PluginAssertions.assertAccepted(new DemoPluginFactory(), tooFew));
    }

    @Test
    void rejectsThroughThePluginsOwnCheck() {
        Concretization base = validCollective();
        Target first = base.targetsOf("2").get(0);
        Target over = new Target(first.title(), first.indicator(), new BigDecimal("120"), "%", first.output(),
                first.deadline(), first.points());
        Concretization concretization = base.withTargets("2",
                List.of(over, base.targetsOf("2").get(1), base.targetsOf("2").get(2)));

        CheckReport report = PluginAssertions.assertRejected(new DemoPluginFactory(), concretization,
                DemoPluginFactory.OVER_100);

        assertEquals(0, PluginAssertions.assertFinding(report, DemoPluginFactory.OVER_100).targetIndex());
    }

    @Test
    void failsWhenTheExpectedRejectionDoesNotHappen() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> PluginAssertions.assertRejected(
                new DemoPluginFactory(), validCollective(), DemoPluginFactory.OVER_100));

        assertTrue(e.getMessage().startsWith("Expected an error demo.percentage-over-100"), e.getMessage());
    }

    /** Runs with the given system properties cleared, then puts them back: this module's POM sets all three. */
    private static <T> T withoutSystemProperties(Supplier<T> action, String... names) {
        Map<String, String> saved = new HashMap<>();
        for (String name : names) {
            saved.put(name, System.clearProperty(name));
        }
        try {
            return action.get();
        } finally {
            saved.forEach((name, value) -> {
                if (value != null) {
                    System.setProperty(name, value);
                }
            });
        }
    }

    private static void runWithoutSystemProperties(Runnable action, String... names) {
        withoutSystemProperties(() -> {
            action.run();
            return null;
        }, names);
    }

    private static <T> T withSystemProperty(String name, String value, Supplier<T> action) {
        String saved = System.setProperty(name, value);
        try {
            return action.get();
        } finally {
            if (saved == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, saved);
            }
        }
    }
}
