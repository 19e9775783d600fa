package vn.tochuc.danhgia.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.check.FindingCode;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.PluginConfig;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.testkit.SamplePlugins;

class PluginRuntimeTest {

    @TempDir
    Path dir;

    PluginRuntime runtime = Runtimes.create(Duration.ofMillis(1500));

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void loadsAValidPluginInAClassLoaderOfItsOwnWhoseParentExposesOnlyTheSpi() {
        Path jar = SamplePlugins.valid("demo-a", "1.0.0").build(dir.resolve("a.jar"));

        LoadResult result = Runtimes.load(runtime, jar);

        assertTrue(result.ok(), result.summary());
        LoadedPlugin plugin = result.plugin();
        assertEquals("demo-a", plugin.descriptor().id());
        assertEquals(3, plugin.frameworks().size());
        assertEquals("Khung tiêu chí mẫu đánh giá cấp trưởng (1.0.0)",
                plugin.frameworks().get(SubjectType.CHIEF).title());
        assertSame(plugin.classLoader(), plugin.plugin().getClass().getClassLoader());
        assertTrue(plugin.classLoader().getParent() instanceof SpiOnlyClassLoader);
    }

    @Test
    void givesEachVersionItsOwnClassLoader() {
        LoadedPlugin v1 = Runtimes.load(runtime, SamplePlugins.valid("demo-b", "1.0.0").build(dir.resolve("1.jar")))
                .plugin();
        LoadedPlugin v2 = Runtimes.load(runtime, SamplePlugins.valid("demo-b", "2.0.0").build(dir.resolve("2.jar")))
                .plugin();
        runtime.register(v1);
        runtime.register(v2);

        assertNotSame(v1.classLoader(), v2.classLoader());
        assertTrue(v1.frameworks().get(SubjectType.COLLECTIVE).title().contains("1.0.0"));
        assertTrue(v2.frameworks().get(SubjectType.COLLECTIVE).title().contains("2.0.0"));
        assertEquals(2, runtime.loadedKeys().size());
    }

    @Test
    void refusesAPluginBuiltForAnotherSpiMajorWithoutRunningItsCode() {
        Path jar = SamplePlugins.requiresSpi("demo-c", "1.0.0", "2.0").build(dir.resolve("c.jar"));

        JarFacts facts = Runtimes.facts(jar);

        assertFalse(facts.ok());
        assertCodes(facts.findings(), FindingCode.SPI_VERSION_INCOMPATIBLE.name());
        assertTrue(facts.findings().get(0).messageVi().contains("SPI 2.0"));
    }

    @Test
    void refusesAJarWithoutProviderAndOneWithTwo() {
        JarFacts none = Runtimes.facts(SamplePlugins.noProvider("demo-d", "1.0.0").build(dir.resolve("d.jar")));
        JarFacts two = Runtimes.facts(SamplePlugins.twoProviders("demo-e", "1.0.0").build(dir.resolve("e.jar")));

        assertCodes(none.findings(), FindingCode.NO_PROVIDER.name());
        assertCodes(two.findings(), FindingCode.MANY_PROVIDERS.name());
    }

    @Test
    void refusesFrameworksWhosePointsDoNotAddUpAndClosesTheLoader() {
        Path jar = SamplePlugins.pointsDoNotAddUp("demo-f", "1.0.0").build(dir.resolve("f.jar"));

        LoadResult result = Runtimes.load(runtime, jar);

        assertFalse(result.ok());
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("POINTS_DO_NOT_ADD_UP")
                && "1".equals(f.criterionCode())), result.summary());
        assertTrue(runtime.loadedKeys().isEmpty());
    }

    @Test
    void refusesAProviderThatThrowsWhenLoadedWithItsMessage() {
        Path jar = SamplePlugins.throwsOnLoad("demo-g", "1.0.0").build(dir.resolve("g.jar"));

        LoadResult result = Runtimes.load(runtime, jar);

        assertFalse(result.ok());
        assertCodes(result.findings(), FindingCode.PLUGIN_LOAD_FAILED.name());
        assertTrue(result.findings().get(0).messageVi().contains("Plugin mẫu cố ý lỗi khi nạp"),
                result.findings().get(0).messageVi());
    }

    @Test
    void namesTheMisspelledProviderAndTheClassesTheJarHolds() {
        Path jar = SamplePlugins.misspelledProvider("demo-typo", "1.0.0").build(dir.resolve("typo.jar"));

        List<Finding> findings = Runtimes.facts(jar).findings();

        assertCodes(findings, FindingCode.PROVIDER_CLASS_MISSING.name());
        String message = findings.get(0).messageVi();
        String factory = SamplePlugins.factoryClassName("demo-typo");
        assertTrue(message.contains("ghi lớp " + factory + "x, nhưng tệp JAR không có lớp này"), message);
        assertTrue(message.contains("Các lớp trong JAR: " + factory), message);
        assertFalse(message.contains("ServiceConfigurationError"), message);
    }

    @Test
    void refusesAFileThatIsNotAJar() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.jar"), "Đây không phải là tệp JAR");
        Path truncated = dir.resolve("truncated.jar");
        byte[] good = Files.readAllBytes(SamplePlugins.valid("demo-h", "1.0.0").build(dir.resolve("h.jar")));
        Files.write(truncated, java.util.Arrays.copyOf(good, good.length / 3));

        assertCodes(Runtimes.facts(text).findings(), HostFindings.NOT_A_JAR);
        assertCodes(Runtimes.facts(truncated).findings(), HostFindings.NOT_A_JAR);
    }

    @Test
    void refusesAJarLargerThanTheLimit() throws Exception {
        Path jar = SamplePlugins.valid("demo-i", "1.0.0").build(dir.resolve("i.jar"));

        JarFacts facts = JarReader.read(jar, JarPolicy.unsigned(100));

        assertCodes(facts.findings(), HostFindings.JAR_TOO_LARGE);
    }

    @Test
    void keepsOnlyTheProviderDefinedByThePluginsOwnLoader() throws Exception {
        // the parent class path registers a provider too (another plugin's JAR): it is not this plugin's
        Path other = SamplePlugins.valid("demo-parent", "1.0.0").build(dir.resolve("parent.jar"));
        Path mine = SamplePlugins.valid("demo-j", "1.0.0").build(dir.resolve("j.jar"));
        try (URLClassLoader parent = new URLClassLoader(new URL[] {other.toUri().toURL()},
                Runtimes.class.getClassLoader());
                PluginRuntime withParent = new PluginRuntime(parent, new PluginCalls(Duration.ofSeconds(2)))) {
            LoadResult result = withParent.load(mine, Runtimes.facts(mine), PluginConfig.empty());

            assertTrue(result.ok(), result.summary());
            assertEquals("demo-j", result.plugin().descriptor().id());
        }
    }

    @Test
    void containsAPluginWhoseCheckHangsWithinTheTimeLimit() {
        PluginRuntime quick = Runtimes.create(Duration.ofMillis(300));
        try {
            LoadedPlugin plugin = Runtimes.load(quick,
                    SamplePlugins.hangsOnCheck("demo-k", "1.0.0", Duration.ofSeconds(20)).build(dir.resolve("k.jar")))
                    .plugin();
            long start = System.nanoTime();

            PluginCallFailure failure = assertThrows(PluginCallFailure.class,
                    () -> quick.call(plugin, p -> p.check(Concretization.of(SubjectType.CHIEF, "STC", 2026))));

            assertTrue(failure.timedOut());
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "answers soon after the time limit");
            assertEquals(HostFindings.PLUGIN_TIMEOUT, failure.finding(FindingCode.PLUGIN_CHECK_FAILED).code());
        } finally {
            quick.close();
        }
    }

    @Test
    void containsAPluginWhoseCheckThrows() {
        LoadedPlugin plugin = Runtimes.load(runtime,
                SamplePlugins.throwsOnCheck("demo-l", "1.0.0").build(dir.resolve("l.jar"))).plugin();

        PluginCallFailure failure = assertThrows(PluginCallFailure.class,
                () -> runtime.call(plugin, p -> p.check(Concretization.of(SubjectType.CHIEF, "STC", 2026))));

        assertFalse(failure.timedOut());
        Finding finding = failure.finding(FindingCode.PLUGIN_CHECK_FAILED);
        assertTrue(finding.messageVi().contains("Plugin mẫu cố ý lỗi khi kiểm tra"), finding.messageVi());
    }

    @Test
    void unloadingClosesTheLoaderAndDropsThePlugin() {
        LoadedPlugin plugin = Runtimes.load(runtime,
                SamplePlugins.valid("demo-m", "1.0.0").build(dir.resolve("m.jar"))).plugin();
        runtime.register(plugin);

        assertTrue(runtime.unload(plugin.key()));

        assertFalse(plugin.open());
        assertNull(plugin.plugin());
        assertThrows(IllegalStateException.class, () -> runtime.call(plugin, p -> p.frameworks()));
        assertNotNull(plugin.frameworks().get(SubjectType.DEPUTY), "the host's copy of the frameworks stays");
    }

    static void assertCodes(List<Finding> findings, String... codes) {
        List<String> errors = findings.stream().filter(Finding::isError).map(Finding::code).toList();
        assertEquals(List.of(codes), errors, findings.toString());
    }
}
