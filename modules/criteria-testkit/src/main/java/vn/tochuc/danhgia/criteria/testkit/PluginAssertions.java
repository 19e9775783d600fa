package vn.tochuc.danhgia.criteria.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.criteria.check.CheckReport;
import vn.tochuc.danhgia.criteria.check.ConcretizationReview;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.check.Inspection;
import vn.tochuc.danhgia.criteria.check.ManifestCheck;
import vn.tochuc.danhgia.criteria.check.PluginChecker;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;
import vn.tochuc.danhgia.criteria.spi.PluginConfig;

/**
 * Assertions that run the host's own checks, so that a plugin that passes them is enabled by the host.
 *
 * <pre>{@code
 * @Test
 * void passesTheHostChecks() {
 *     PluginAssertions.assertPluginValid(new SoTaiChinhPluginFactory());
 * }
 * }</pre>
 *
 * <p>The manifest is checked too, from the values the build will stamp, which it passes as the system properties
 * {@code plugin.id}, {@code plugin.version} and {@code plugin.spi.version} through Surefire (the plugins' parent POM
 * and the standalone template in {@code docs/plugin-template} do this). When any of them is missing,
 * {@link #assertPluginValid} fails and says what to add to the POM; only
 * {@link #report(CriteriaPluginFactory, PluginConfig, Map)} with an empty map skips the manifest, on purpose.
 */
public final class PluginAssertions {

    private PluginAssertions() {}

    /**
     * Fails unless the host would enable the plugin; warnings do not fail. Fails too when the build does not pass
     * the manifest properties.
     */
    public static void assertPluginValid(CriteriaPluginFactory factory) {
        assertPluginValid(factory, PluginConfig.empty());
    }

    public static void assertPluginValid(CriteriaPluginFactory factory, PluginConfig config) {
        CheckReport report = report(factory, config);
        if (!report.ok()) {
            fail("The host would not enable this plugin / Hệ thống sẽ không cho phép sử dụng plugin này:\n"
                    + report.describe());
        }
    }

    /**
     * The host's findings on a factory, with the manifest values of the running build. Fails the test when the
     * build does not pass {@code plugin.id}, {@code plugin.version} and {@code plugin.spi.version}, naming the
     * missing ones and showing the Surefire configuration to add.
     */
    public static CheckReport report(CriteriaPluginFactory factory, PluginConfig config) {
        return report(factory, config, BuildManifest.fromSystemProperties());
    }

    /**
     * The host's findings on a factory: discovery, {@link PluginChecker#inspect}, and the manifest entries checked
     * before loading and against the descriptor. The factory is closed afterwards.
     *
     * @param manifest the manifest's main entries, or an empty map to skip the manifest checks on purpose
     */
    public static CheckReport report(CriteriaPluginFactory factory, PluginConfig config,
            Map<String, String> manifest) {
        List<Finding> findings = new ArrayList<>();
        if (!manifest.isEmpty()) {
            findings.addAll(ManifestCheck.beforeLoading(manifest));
        }
        try {
            findings.addAll(Discovery.check(factory.getClass()));
            Inspection inspection = PluginChecker.inspect(factory, config);
            findings.addAll(inspection.report().findings());
            if (!manifest.isEmpty() && inspection.descriptor() != null) {
                findings.addAll(ManifestCheck.againstDescriptor(manifest, inspection.descriptor()));
            }
        } finally {
            factory.close();
        }
        return CheckReport.of(findings);
    }

    /** The host's review of a concretization: generic check first, then the plugin's. */
    public static CheckReport review(CriteriaPluginFactory factory, Concretization concretization) {
        factory.init(PluginConfig.empty());
        try {
            CriteriaPlugin plugin = factory.create();
            return ConcretizationReview.review(plugin, concretization);
        } finally {
            factory.close();
        }
    }

    /** Fails if the host would refuse the concretization (any error); returns the report for further checks. */
    public static CheckReport assertAccepted(CriteriaPluginFactory factory, Concretization concretization) {
        CheckReport report = review(factory, concretization);
        if (!report.ok()) {
            fail("The host would refuse this concretization / Hệ thống sẽ không nhận bản cụ thể hóa này:\n"
                    + report.describe());
        }
        return report;
    }

    /** Fails unless the host refuses the concretization with an error of the given code (or plugin rule id). */
    public static CheckReport assertRejected(CriteriaPluginFactory factory, Concretization concretization,
            String expectedCode) {
        CheckReport report = review(factory, concretization);
        boolean rejected = report.errors().stream().anyMatch(f -> f.code().equals(expectedCode));
        if (!rejected) {
            fail("Expected an error " + expectedCode + ", got:\n" + report.describe());
        }
        return report;
    }

    /** Fails unless the report holds a finding of the given code (any severity). */
    public static Finding assertFinding(CheckReport report, String expectedCode) {
        return report.findings().stream()
                .filter(f -> f.code().equals(expectedCode))
                .findFirst()
                .orElseGet(() -> fail("Expected a finding " + expectedCode + ", got:\n" + report.describe()));
    }
}
