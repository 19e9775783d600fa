package vn.tochuc.danhgia.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.tochuc.danhgia.criteria.internal.PluginRuntimeTest.assertCodes;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.check.ServiceFileCheck;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;
import vn.tochuc.danhgia.criteria.spi.Severity;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.testkit.PluginSource;
import vn.tochuc.danhgia.criteria.testkit.SamplePlugins;

/** Plugins are untrusted code: the byte-code scan before loading, the isolated class loader, the run-time limits. */
class PluginSandboxTest {

    @TempDir
    Path dir;

    PluginRuntime runtime = Runtimes.create(Duration.ofMillis(1500));

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void refusesAPluginThatCallsSystemExitBeforeLoadingIt() {
        String message = refusedWith(SamplePlugins.callsSystemExit("evil-exit", "1.0.0"));

        assertTrue(message.contains(SamplePlugins.factoryClassName("evil-exit") + "$Plugin.check → java.lang.System.exit"),
                message);
        assertTrue(message.startsWith("Plugin bị từ chối vì mã của nó dùng 1 thành phần"), message);
    }

    @Test
    void refusesAPluginThatHaltsTheRuntime() {
        String message = refusedWith(SamplePlugins.callsRuntimeHalt("evil-halt", "1.0.0"));

        assertTrue(message.contains("→ java.lang.Runtime.getRuntime"), message);
        assertTrue(message.contains("→ java.lang.Runtime.halt"), message);
    }

    @Test
    void refusesAPluginThatReadsTheServersConfigurationFile() {
        String message = refusedWith(SamplePlugins.readsConfigFile("evil-read", "1.0.0"));

        assertTrue(message.contains("→ java.nio.file.Files.readString"), message);
        assertTrue(message.contains("→ java.nio.file.Path.of"), message);
    }

    @Test
    void refusesAPluginThatOpensASocket() {
        assertTrue(refusedWith(SamplePlugins.opensSocket("evil-net", "1.0.0")).contains("→ new java.net.Socket"));
    }

    @Test
    void refusesAPluginThatReflectsIntoTheHost() {
        String message = refusedWith(SamplePlugins.reflectsIntoHost("evil-reflect", "1.0.0"));

        assertTrue(message.contains(SamplePlugins.factoryClassName("evil-reflect") + ".<init> → java.lang.Class.forName"),
                message);
    }

    @Test
    void refusesAPluginThatStartsAThread() {
        String message = refusedWith(SamplePlugins.startsThread("evil-thread", "1.0.0"));

        assertTrue(message.contains("→ new java.lang.Thread"), message);
        assertTrue(message.contains("→ java.lang.Thread.start"), message);
    }

    @Test
    void namesEachForbiddenReferenceOnceAndAllowsTheSpi() {
        StringBuilder body = new StringBuilder("package sample.hostile; public final class Many { static void run() {");
        for (int i = 0; i < 12; i++) {
            body.append("System.getProperty(\"p").append(i).append("\");");
        }
        body.append("System.getenv(); System.setProperty(\"a\", \"b\"); System.loadLibrary(\"x\");");
        body.append("vn.tochuc.danhgia.criteria.spi.SpiVersion.current(); } }");
        Path jar = SamplePlugins.valid("evil-many", "1.0.0").toBuilder().source("sample.hostile.Many", body.toString())
                .build(dir.resolve("many.jar"));

        JarFacts facts = Runtimes.facts(jar);

        assertCodes(facts.findings(), HostFindings.FORBIDDEN_REFERENCE);
        String message = facts.findings().get(0).messageVi();
        // System.getProperty once (the list names each caller → reference once), getenv, setProperty, loadLibrary
        assertTrue(message.contains("dùng 4 thành phần"), message);
        assertTrue(message.contains("sample.hostile.Many.run → java.lang.System.getenv"), message);
        assertFalse(message.contains("SpiVersion"), "the SPI is allowed: " + message);
        assertTrue(facts.findings().get(0).messageEn().contains("Caller → forbidden reference: sample.hostile.Many.run"),
                facts.findings().get(0).messageEn());
    }

    @Test
    void listsTenReferencesThenAnEllipsis() {
        StringBuilder body = new StringBuilder("package sample.hostile; public final class Many {");
        for (int i = 0; i < 12; i++) {
            body.append(" static void m").append(i).append("() { System.exit(").append(i).append("); }");
        }
        body.append(" }");
        Path jar = SamplePlugins.valid("evil-twelve", "1.0.0").toBuilder()
                .source("sample.hostile.Many", body.toString()).build(dir.resolve("twelve.jar"));

        String message = Runtimes.facts(jar).findings().get(0).messageVi();

        assertTrue(message.contains("dùng 12 thành phần"), message);
        assertEquals(10, message.split("→ java.lang.System.exit", -1).length - 1, message);
        assertTrue(message.endsWith("; …"), message);
    }

    @Test
    void refusesAManifestClassPathWhoseJarsTheScanNeverSees() {
        Path jar = SamplePlugins.valid("evil-cp", "1.0.0").toBuilder().manifestEntry("Class-Path", "../lib/host.jar")
                .build(dir.resolve("cp.jar"));

        JarFacts facts = Runtimes.facts(jar);

        assertCodes(facts.findings(), HostFindings.FORBIDDEN_REFERENCE);
        assertTrue(facts.findings().get(0).messageVi().contains("Class-Path: ../lib/host.jar"));
    }

    @Test
    void refusesAClassFileItCannotReadAndSoCannotScan() {
        Path jar = SamplePlugins.valid("evil-garbage", "1.0.0").toBuilder()
                .resource("sample/hidden/Payload.class", "không phải mã byte")
                .build(dir.resolve("garbage.jar"));

        JarFacts facts = Runtimes.facts(jar);

        assertCodes(facts.findings(), HostFindings.CLASS_UNREADABLE);
        assertTrue(facts.findings().get(0).messageVi().contains("sample/hidden/Payload.class"));
    }

    @Test
    void passesOrdinaryJavaCodeLambdasRecordsEnumsAndStreams() {
        String source = """
                package sample.legit;

                import java.math.BigDecimal;
                import java.math.RoundingMode;
                import java.time.LocalDate;
                import java.util.*;
                import java.util.function.Function;
                import java.util.regex.Pattern;
                import java.util.stream.Collectors;

                public final class Ordinary {
                    enum Level { LOW, HIGH }
                    record Pair(String name, BigDecimal value) {}
                    static final Pattern CODE = Pattern.compile("[0-9]+(\\\\.[a-z])?");

                    static String describe(Object o, Level level, List<Pair> pairs) {
                        assert pairs != null;
                        String kind = switch (level) { case LOW -> "thấp"; case HIGH -> "cao"; };
                        String text = o instanceof String s && !s.isBlank() ? s.strip() : String.valueOf(o);
                        Map<String, BigDecimal> byName = pairs.stream()
                                .filter(p -> p.value().signum() > 0)
                                .collect(Collectors.toMap(Pair::name, Pair::value, BigDecimal::add, TreeMap::new));
                        Function<String, Integer> length = String::length;
                        StringBuilder sb = new StringBuilder();
                        for (var e : byName.entrySet()) {
                            sb.append(e.getKey()).append('=').append(e.getValue().setScale(2, RoundingMode.HALF_UP));
                        }
                        switch (text) { case "a": sb.append(1); break; default: sb.append(2); }
                        Optional<Pair> first = pairs.isEmpty() ? Optional.empty() : Optional.of(pairs.get(0));
                        int year = LocalDate.of(2026, 1, 1).getYear() + Math.max(1, length.apply(kind));
                        long now = System.nanoTime() + System.currentTimeMillis();
                        try (AutoCloseable none = () -> { }) {
                            sb.append(CODE.matcher(text).matches());
                        } catch (Exception e) {
                            throw new IllegalStateException("không đóng được: " + e.getMessage(), e);
                        }
                        return kind + " " + text + " " + sb + " " + year + first.map(Pair::name).orElse("") + now
                                + String.format(Locale.ROOT, "%.2f", 1.5) + new Pair("x", BigDecimal.ONE) + level.name()
                                + Level.valueOf("LOW").ordinal() + Ordinary.class.getSimpleName();
                    }
                }
                """;
        Path jar = SamplePlugins.valid("legit", "1.0.0").toBuilder().source("sample.legit.Ordinary", source)
                .build(dir.resolve("legit.jar"));

        JarFacts facts = Runtimes.facts(jar);

        assertTrue(facts.ok(), facts.findings().toString());
    }

    @Test
    void passesTheSamplePluginsTheHostContainsAtRunTime() {
        for (PluginSource source : List.of(SamplePlugins.valid("ok-a", "1.0.0"),
                SamplePlugins.hangsOnCheck("ok-b", "1.0.0", Duration.ofSeconds(1)),
                SamplePlugins.throwsOnCheck("ok-c", "1.0.0"),
                SamplePlugins.endlessStaticInitializer("ok-d", "1.0.0"),
                SamplePlugins.hugeAllocation("ok-e", "1.0.0"))) {
            JarFacts facts = Runtimes.facts(source.build(dir.resolve(source.pluginId() + ".jar")));
            assertTrue(facts.ok(), source.pluginId() + ": " + facts.findings());
        }
    }

    /** The JARs of plugins/, when they are built (the reactor builds them after this module). */
    private static List<Path> agenciesPlugins() throws IOException {
        Path plugins = Path.of("../../plugins").toAbsolutePath().normalize();
        List<Path> jars = new ArrayList<>();
        for (String name : List.of("so-tai-chinh", "so-giao-duc", "tham-muu-tu")) {
            Path target = plugins.resolve(name).resolve("target");
            if (Files.isDirectory(target)) {
                try (Stream<Path> files = Files.list(target)) {
                    files.filter(f -> f.getFileName().toString().matches(name + "-[0-9.]+\\.jar")).forEach(jars::add);
                }
            }
        }
        assumeTrue(jars.size() == 3, "the agencies' plugins are built (mvn install -pl plugins/...): " + jars);
        return jars;
    }

    @Test
    void passesTheAgenciesPlugins() throws IOException {
        for (Path jar : agenciesPlugins()) {
            try (JarFile file = new JarFile(jar.toFile())) {
                BytecodeScan.Result result = BytecodeScan.scan(file);
                assertTrue(result.ok(), jar + ": " + result);
            }
        }
    }

    /**
     * The agencies' plugins use criteria-support, which the host does not supply (the parent loader exposes the SPI
     * only): each JAR carries those classes, its own loader defines them, and they run there.
     */
    @Test
    void loadsTheAgenciesPluginsWithTheSupportLibraryTheyCarry() throws Exception {
        for (Path jar : agenciesPlugins()) {
            try (JarFile file = new JarFile(jar.toFile())) {
                assertNotNull(file.getEntry("vn/tochuc/danhgia/criteria/support/Keywords.class"), jar.toString());
                assertNull(file.getEntry("vn/tochuc/danhgia/criteria/spi/CriteriaPluginFactory.class"), jar.toString());
            }
            LoadResult result = Runtimes.load(runtime, jar);
            assertTrue(result.ok(), jar + ": " + result.findings());
            LoadedPlugin plugin = result.plugin();
            assertSame(plugin.classLoader(), plugin.classLoader()
                    .loadClass("vn.tochuc.danhgia.criteria.support.TopicRule").getClassLoader());

            // a collective without targets misses each agency's required topic (a TopicRule of criteria-support)
            List<CheckMessage> messages = runtime.call(plugin,
                    p -> p.check(Concretization.of(SubjectType.COLLECTIVE, "STC", 2026)));
            assertEquals(1, messages.size(), jar + ": " + messages);
            assertEquals(Severity.ERROR, messages.get(0).severity());
        }
    }

    @Test
    void containsAnEndlessStaticInitializerWithinTheTimeLimit() {
        PluginRuntime quick = Runtimes.create(Duration.ofMillis(300));
        try {
            long start = System.nanoTime();

            LoadResult result = Runtimes.load(quick,
                    SamplePlugins.endlessStaticInitializer("slow-init", "1.0.0").build(dir.resolve("init.jar")));

            assertFalse(result.ok());
            assertCodes(result.findings(), HostFindings.PLUGIN_TIMEOUT);
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "answers soon after the time limit");
            assertTrue(quick.loadedKeys().isEmpty());
        } finally {
            quick.close();
        }
    }

    @Test
    void containsAHugeAllocationAsAPluginFailureAndStaysHealthy() {
        LoadedPlugin greedy = Runtimes.load(runtime,
                SamplePlugins.hugeAllocation("greedy", "1.0.0").build(dir.resolve("greedy.jar"))).plugin();
        assertNotNull(greedy);

        PluginCallFailure failure = assertThrows(PluginCallFailure.class,
                () -> runtime.call(greedy, p -> p.check(Concretization.of(SubjectType.CHIEF, "STC", 2026))));

        assertFalse(failure.timedOut());
        assertTrue(failure.getMessage().contains("OutOfMemoryError"), failure.getMessage());
        LoadedPlugin healthy = Runtimes.load(runtime,
                SamplePlugins.valid("healthy", "1.0.0").build(dir.resolve("healthy.jar"))).plugin();
        List<CheckMessage> messages = runtime.call(healthy,
                p -> p.check(Concretization.of(SubjectType.CHIEF, "STC", 2026)));
        assertEquals(SamplePlugins.CHECKED_BY_RULE, messages.get(0).ruleId());
    }

    @Test
    void hidesTheHostsClassesLibrariesAndResourcesFromAPlugin() throws Exception {
        LoadedPlugin plugin = Runtimes.load(runtime,
                SamplePlugins.valid("isolated", "1.0.0").build(dir.resolve("isolated.jar"))).plugin();
        ClassLoader loader = plugin.classLoader();

        assertThrows(ClassNotFoundException.class, () -> loader.loadClass(PluginRuntime.class.getName()));
        assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.objectweb.asm.ClassReader"));
        assertThrows(ClassNotFoundException.class, () -> loader.loadClass(Finding.class.getName()));
        assertSame(CriteriaPluginFactory.class, loader.loadClass(CriteriaPluginFactory.class.getName()));
        assertSame(String.class, loader.loadClass("java.lang.String"));
        assertNull(loader.getResource("META-INF/i18n/messages_vi.properties"));
        List<URL> services = Collections.list(loader.getResources(ServiceFileCheck.SERVICE_FILE));
        assertEquals(1, services.size(), services.toString());
        assertTrue(services.get(0).toString().contains("isolated.jar"), services.toString());
    }

    @Test
    void cutsACheckAnswerThatIsTooLongAndSaysSo() {
        List<CheckMessage> flood = new ArrayList<>();
        for (int i = 0; i < LimitedPlugin.MAX_MESSAGES + 100; i++) {
            flood.add(CheckMessage.warning("demo.flood", "1", null, "x".repeat(LimitedPlugin.MAX_TEXT + 1000)));
        }

        List<CheckMessage> kept = LimitedPlugin.limit(flood);

        assertEquals(LimitedPlugin.MAX_MESSAGES + 1, kept.size());
        assertEquals(LimitedPlugin.MAX_TEXT, kept.get(0).text().length());
        assertTrue(kept.get(0).text().endsWith("…"));
        CheckMessage last = kept.get(kept.size() - 1);
        assertEquals(LimitedPlugin.TRUNCATED_RULE, last.ruleId());
        assertTrue(last.text().contains("chỉ giữ 500 thông báo đầu tiên"), last.text());
        assertTrue(last.textEn().contains("only the first 500"), last.textEn());
        List<CheckMessage> small = List.of(CheckMessage.info("demo.ok", "", null, "Tốt"));
        assertEquals(small, LimitedPlugin.limit(small));
    }

    /** The JAR's checks before loading refuse it with exactly FORBIDDEN_REFERENCE; its Vietnamese message. */
    private String refusedWith(PluginSource source) {
        JarFacts facts = Runtimes.facts(source.build(dir.resolve(source.pluginId() + ".jar")));
        assertFalse(facts.ok());
        assertCodes(facts.findings(), HostFindings.FORBIDDEN_REFERENCE);
        return facts.findings().get(0).messageVi();
    }
}
