package vn.tochuc.danhgia.criteria.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tochuc.danhgia.criteria.check.ManifestCheck;
import vn.tochuc.danhgia.criteria.spi.SpiVersion;

/**
 * Ready-made plugin sources for the host's tests, good and bad. Each serves one unit (default {@value #SAMPLE_UNIT})
 * under {@code Quy định 366-QĐ/TW} for 2025–2030, with frameworks laid out as the draft's Điều 3–5; its version
 * appears in its display name, framework titles and an {@code INFO} message of its check, so that a test can tell
 * which version answered.
 *
 * <pre>{@code
 * Path v1 = SamplePlugins.valid("demo-plugin", "1.0.0").build(dir.resolve("v1.jar"));
 * Path bad = SamplePlugins.pointsDoNotAddUp("demo-plugin", "1.0.1").build(dir.resolve("bad.jar"));
 * }</pre>
 */
public final class SamplePlugins {

    /** The unit served unless another is given. */
    public static final String SAMPLE_UNIT = "STC";
    /** The rule id of the {@code INFO} message every sample's check returns. */
    public static final String CHECKED_BY_RULE = "sample.checked-by";

    private static final String TEMPLATE = "SampleFactory.java.template";
    private static final String CLASS = "SampleFactory";

    private SamplePlugins() {}

    /** A plugin the host enables: consistent frameworks, one provider, manifest matching the descriptor. */
    public static PluginSource valid(String id, String version) {
        return valid(id, version, SAMPLE_UNIT);
    }

    public static PluginSource valid(String id, String version, String unitCode) {
        return plugin(id, version, unitCode, "valid", Map.of());
    }

    /** Sub-criterion 1.c of the collective framework is worth 5, so group 1's 30 points do not add up. */
    public static PluginSource pointsDoNotAddUp(String id, String version) {
        return plugin(id, version, SAMPLE_UNIT, "pointsDoNotAddUp", Map.of("%POINTS_1C%", "5"));
    }

    /** The factory's constructor throws, so {@link java.util.ServiceLoader} fails to instantiate it. */
    public static PluginSource throwsOnLoad(String id, String version) {
        return plugin(id, version, SAMPLE_UNIT, "throwsOnLoad",
                Map.of("%ON_LOAD%", "throw new IllegalStateException(\"Plugin mẫu cố ý lỗi khi nạp\");"));
    }

    /** Loads and passes the checks, but its agency check throws. */
    public static PluginSource throwsOnCheck(String id, String version) {
        // guarded by an always-true condition so that the template's return statement stays reachable
        String body = "if (concretization != null) { "
                + "throw new IllegalStateException(\"Plugin mẫu cố ý lỗi khi kiểm tra\"); }";
        return plugin(id, version, SAMPLE_UNIT, "throwsOnCheck", Map.of("%ON_CHECK%", body));
    }

    /**
     * Loads and passes the checks, but its agency check waits for {@code duration} (it stops when interrupted). It
     * waits with {@code Object.wait}, not {@code Thread.sleep}: the host refuses every use of {@code Thread}.
     */
    public static PluginSource hangsOnCheck(String id, String version, Duration duration) {
        return plugin(id, version, SAMPLE_UNIT, "hangsOnCheck", Map.of("%ON_CHECK%",
                "Object lock = new Object(); synchronized (lock) { try { lock.wait(" + duration.toMillis() + "L); } "
                        + "catch (InterruptedException e) { return List.of(); } }"));
    }

    // Hostile samples: plugins the host must refuse before loading them (its byte-code scan) or contain at run time.

    /** Calls {@code System.exit(3)} in its check: refused by the byte-code scan, never loaded. */
    public static PluginSource callsSystemExit(String id, String version) {
        return plugin(id, version, SAMPLE_UNIT, "callsSystemExit", Map.of("%ON_CHECK%", "System.exit(3);"));
    }

    /** Calls {@code Runtime.getRuntime().halt(3)} in its check: refused by the byte-code scan. */
    public static PluginSource callsRuntimeHalt(String id, String version) {
        return plugin(id, version, SAMPLE_UNIT, "callsRuntimeHalt",
                Map.of("%ON_CHECK%", "Runtime.getRuntime().halt(3);"));
    }

    /** Reads the server's configuration with {@code java.nio.file.Files.readString}: refused by the scan. */
    public static PluginSource readsConfigFile(String id, String version) {
        return plugin(id, version, SAMPLE_UNIT, "readsConfigFile", Map.of("%ON_CHECK%",
                "try { java.nio.file.Files.readString(java.nio.file.Path.of(\"config/app.properties\")); } "
                        + "catch (java.io.IOException e) { throw new IllegalStateException(e); }"));
    }

    /** Opens a TCP connection to the database port with {@code java.net.Socket}: refused by the scan. */
    public static PluginSource opensSocket(String id, String version) {
        return plugin(id, version, SAMPLE_UNIT, "opensSocket", Map.of("%ON_CHECK%",
                "try (java.net.Socket socket = new java.net.Socket(\"localhost\", 3306)) { } "
                        + "catch (java.io.IOException e) { }"));
    }

    /** Its constructor looks up a host class with {@code Class.forName}: refused by the scan. */
    public static PluginSource reflectsIntoHost(String id, String version) {
        return plugin(id, version, SAMPLE_UNIT, "reflectsIntoHost", Map.of("%ON_LOAD%",
                "try { Class.forName(\"vn.tochuc.danhgia.criteria.internal.PluginRuntime\"); } "
                        + "catch (ClassNotFoundException e) { throw new IllegalStateException(e); }"));
    }

    /** Starts a thread of its own in its check (which would outlive the time limit): refused by the scan. */
    public static PluginSource startsThread(String id, String version) {
        return plugin(id, version, SAMPLE_UNIT, "startsThread",
                Map.of("%ON_CHECK%", "new Thread(() -> { }).start();"));
    }

    /**
     * Its factory's static initializer never ends (it waits until interrupted, then lets the class initialize): it
     * passes the scan, and the host contains it with its time limit while loading it.
     */
    public static PluginSource endlessStaticInitializer(String id, String version) {
        return plugin(id, version, SAMPLE_UNIT, "endlessStaticInitializer", Map.of("%MEMBERS%",
                "static { Object lock = new Object(); synchronized (lock) { while (true) { "
                        + "try { lock.wait(); } catch (InterruptedException e) { break; } } } }"));
    }

    /**
     * Its check allocates {@code new long[Integer.MAX_VALUE / 2]} (8 GB, more than a test JVM's heap): it passes the scan, and the host contains
     * the {@code OutOfMemoryError} as a failure of the plugin.
     */
    public static PluginSource hugeAllocation(String id, String version) {
        return plugin(id, version, SAMPLE_UNIT, "hugeAllocation", Map.of("%ON_CHECK%",
                "long[] huge = new long[Integer.MAX_VALUE / 2]; huge[0] = 1L;"));
    }

    /** Two factory classes, both registered in {@code META-INF/services}. */
    public static PluginSource twoProviders(String id, String version) {
        PluginSource one = valid(id, version);
        String second = packageOf(id) + "." + CLASS + "Two";
        Map<String, String> sources = new LinkedHashMap<>(one.sources());
        sources.put(second, render(id, version, SAMPLE_UNIT, "twoProviders", CLASS + "Two", Map.of()));
        return new PluginSource(id, version, one.manifest(), sources, List.of(factoryClassName(id), second));
    }

    /** A valid plugin's classes without any {@code META-INF/services} file. */
    public static PluginSource noProvider(String id, String version) {
        PluginSource one = valid(id, version);
        return new PluginSource(id, version, one.manifest(), one.sources(), List.of());
    }

    /** A valid plugin whose services file names its factory with a typo (a wrong last letter). */
    public static PluginSource misspelledProvider(String id, String version) {
        PluginSource one = valid(id, version);
        return new PluginSource(id, version, one.manifest(), one.sources(), List.of(factoryClassName(id) + "x"));
    }

    /** A valid plugin whose manifest says it needs SPI {@code spiVersion}, e.g. {@code "2.0"}. */
    public static PluginSource requiresSpi(String id, String version, String spiVersion) {
        PluginSource one = valid(id, version);
        Map<String, String> manifest = new LinkedHashMap<>(one.manifest());
        manifest.put(ManifestCheck.PLUGIN_SPI_VERSION, spiVersion);
        return new PluginSource(id, version, manifest, one.sources(), one.providers());
    }

    /** The fully qualified name of a sample's factory class. */
    public static String factoryClassName(String id) {
        return packageOf(id) + "." + CLASS;
    }

    private static PluginSource plugin(String id, String version, String unit, String variant,
            Map<String, String> changes) {
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put(ManifestCheck.PLUGIN_ID, id);
        manifest.put(ManifestCheck.PLUGIN_VERSION, version);
        // the sources compile against the SPI on the class path, so that is the version they need
        manifest.put(ManifestCheck.PLUGIN_SPI_VERSION, SpiVersion.current());
        manifest.put(ManifestCheck.PLUGIN_NAME, "Plugin mẫu " + id + " " + version);
        String source = render(id, version, unit, variant, CLASS, changes);
        return new PluginSource(id, version, manifest, Map.of(factoryClassName(id), source),
                List.of(factoryClassName(id)));
    }

    private static String render(String id, String version, String unit, String variant, String className,
            Map<String, String> changes) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("%ON_LOAD%", "");
        values.put("%ON_CHECK%", "");
        values.put("%POINTS_1C%", "10");
        values.put("%MEMBERS%", "");
        values.putAll(changes);
        values.put("%PACKAGE%", packageOf(id));
        values.put("%CLASS%", className);
        values.put("%VARIANT%", variant);
        values.put("%ID%", javaText(id));
        values.put("%VERSION%", javaText(version));
        values.put("%UNIT%", javaText(unit));
        String source = template();
        for (Map.Entry<String, String> value : values.entrySet()) {
            source = source.replace(value.getKey(), value.getValue());
        }
        return source;
    }

    /** A Java package from a plugin id, also for ids the host must refuse ({@code "Bad Id"}). */
    private static String packageOf(String id) {
        String name = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        return "sample.p_" + name;
    }

    /** Safe inside a Java string literal. */
    private static String javaText(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String template() {
        try (InputStream in = SamplePlugins.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
