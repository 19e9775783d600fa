package vn.tochuc.danhgia.criteria.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tochuc.danhgia.criteria.check.CheckReport;
import vn.tochuc.danhgia.criteria.check.ConcretizationReview;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.check.Inspection;
import vn.tochuc.danhgia.criteria.check.ManifestCheck;
import vn.tochuc.danhgia.criteria.check.PluginChecker;
import vn.tochuc.danhgia.criteria.check.ServiceFileCheck;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;
import vn.tochuc.danhgia.criteria.spi.PluginConfig;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

class SamplePluginsTest {

    @TempDir
    Path dir;

    private LoadedJar load(PluginSource source, String name) throws Exception {
        return new LoadedJar(source.build(dir.resolve(name)));
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    private static Concretization chiefConcretization(CriteriaPlugin plugin) {
        return SampleConcretizations.valid(plugin.framework(SubjectType.CHIEF).orElseThrow(), "STC", 2026);
    }

    @Test
    void validSamplePassesEveryCheckTheHostRuns() throws Exception {
        try (LoadedJar jar = load(SamplePlugins.valid("demo-plugin", "1.0.0"), "valid.jar")) {
            assertEquals(List.of(), ManifestCheck.beforeLoading(jar.manifest()));
            assertEquals(List.of(), ServiceFileCheck.check(jar.serviceFile()));
            Inspection inspection = PluginChecker.inspect(jar.onlyFactory(), PluginConfig.empty());
            assertTrue(inspection.ok(), inspection.report().describe());
            assertEquals(List.of(), ManifestCheck.againstDescriptor(jar.manifest(), inspection.descriptor()));
            assertEquals(List.of("STC"), inspection.descriptor().unitCodes());
        }
    }

    @Test
    void servesTheUnitItIsGiven() throws Exception {
        try (LoadedJar jar = load(SamplePlugins.valid("demo-plugin", "1.0.0", "SGDDT"), "sgddt.jar")) {
            assertEquals(List.of("SGDDT"), jar.onlyFactory().descriptor().unitCodes());
        }
    }

    @Test
    void pointsDoNotAddUpSampleIsRefusedNamingTheCriterion() throws Exception {
        try (LoadedJar jar = load(SamplePlugins.pointsDoNotAddUp("demo-plugin", "1.0.1"), "bad.jar")) {
            CheckReport report = PluginChecker.inspect(jar.onlyFactory(), PluginConfig.empty()).report();

            assertEquals(List.of("POINTS_DO_NOT_ADD_UP"), List.copyOf(report.codes()));
            assertEquals(SubjectType.COLLECTIVE, report.findings().get(0).subject());
            assertEquals("1", report.findings().get(0).criterionCode());
        }
    }

    @Test
    void throwsOnLoadSampleFailsWhenServiceLoaderInstantiatesIt() throws Exception {
        try (LoadedJar jar = load(SamplePlugins.throwsOnLoad("demo-plugin", "1.0.0"), "throws.jar")) {
            assertEquals(List.of(), ServiceFileCheck.check(jar.serviceFile()));
            ServiceConfigurationError e = assertThrows(ServiceConfigurationError.class, jar::factories);
            assertTrue(String.valueOf(e.getCause()).contains("Plugin mẫu cố ý lỗi khi nạp"), e.toString());
        }
    }

    @Test
    void twoProvidersSampleIsRefused() throws Exception {
        try (LoadedJar jar = load(SamplePlugins.twoProviders("demo-plugin", "1.0.0"), "two.jar")) {
            assertEquals(2, jar.factories().size());
            assertEquals(List.of("MANY_PROVIDERS"), codes(ServiceFileCheck.check(jar.serviceFile())));
        }
    }

    @Test
    void noProviderSampleIsRefused() throws Exception {
        try (LoadedJar jar = load(SamplePlugins.noProvider("demo-plugin", "1.0.0"), "none.jar")) {
            assertTrue(jar.factories().isEmpty());
            assertEquals(List.of("NO_PROVIDER"), codes(ServiceFileCheck.check(jar.serviceFile())));
        }
    }

    @Test
    void sampleRequiringSpi2IsRefusedBeforeLoading() throws Exception {
        try (LoadedJar jar = load(SamplePlugins.requiresSpi("demo-plugin", "1.0.0", "2.0"), "spi2.jar")) {
            assertEquals("2.0", jar.manifest().get(ManifestCheck.PLUGIN_SPI_VERSION));
            assertEquals(List.of("SPI_VERSION_INCOMPATIBLE"), codes(ManifestCheck.beforeLoading(jar.manifest())));
        }
    }

    @Test
    void versionsOneAndTwoOfAPluginLoadSideBySide() throws Exception {
        try (LoadedJar v1 = load(SamplePlugins.valid("demo-plugin", "1.0.0"), "v1.jar");
                LoadedJar v2 = load(SamplePlugins.valid("demo-plugin", "2.0.0"), "v2.jar")) {
            CriteriaPluginFactory one = v1.onlyFactory();
            CriteriaPluginFactory two = v2.onlyFactory();

            assertEquals(one.getClass().getName(), two.getClass().getName());
            assertNotSame(one.getClass(), two.getClass());
            assertEquals("1.0.0", one.descriptor().version());
            assertEquals("2.0.0", two.descriptor().version());
            CriteriaPlugin plugin = two.create();
            assertTrue(plugin.framework(SubjectType.CHIEF).orElseThrow().title().contains("2.0.0"));
            CheckReport report = ConcretizationReview.review(plugin, chiefConcretization(plugin));
            assertTrue(report.findings().get(0).messageVi().contains("2.0.0"), report.describe());
            assertEquals(SamplePlugins.CHECKED_BY_RULE, report.findings().get(0).code());
        }
    }

    @Test
    void throwsOnCheckSampleIsContainedByTheReview() throws Exception {
        try (LoadedJar jar = load(SamplePlugins.throwsOnCheck("demo-plugin", "1.0.0"), "check.jar")) {
            Inspection inspection = PluginChecker.inspect(jar.onlyFactory(), PluginConfig.empty());
            assertTrue(inspection.ok(), inspection.report().describe());

            CheckReport report = ConcretizationReview.review(inspection.plugin(),
                    chiefConcretization(inspection.plugin()));

            assertEquals(List.of("PLUGIN_CHECK_FAILED"), List.copyOf(report.codes()));
        }
    }

    @Test
    void hangsOnCheckSampleOverrunsAHostTimeLimitAndStopsWhenInterrupted() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (LoadedJar jar = load(SamplePlugins.hangsOnCheck("demo-plugin", "1.0.0", Duration.ofSeconds(30)),
                "hang.jar")) {
            CriteriaPlugin plugin = jar.onlyFactory().create();
            Concretization concretization = chiefConcretization(plugin);

            Future<?> call = executor.submit(() -> plugin.check(concretization));

            assertThrows(TimeoutException.class, () -> call.get(200, TimeUnit.MILLISECONDS));
            call.cancel(true);
        } finally {
            executor.shutdown();
            assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
        }
    }
}
