package vn.tochuc.danhgia.criteria.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import vn.tochuc.danhgia.criteria.check.ManifestCheck;
import vn.tochuc.danhgia.criteria.check.ServiceFileCheck;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;

/**
 * Builds a plugin JAR from Java source strings: compiles them with {@code javax.tools.JavaCompiler} against the
 * criteria SPI only (so a source that uses anything else fails, as it would in a real plugin build), and writes the
 * classes, the manifest entries and the {@code META-INF/services} file.
 *
 * <pre>{@code
 * Path jar = PluginJarBuilder.create()
 *         .source("demo.DemoFactory", "package demo; public class DemoFactory implements ...")
 *         .pluginId("demo-plugin").pluginVersion("1.0.0").spiVersion("1.0")
 *         .provider("demo.DemoFactory")
 *         .build(tempDir.resolve("demo-plugin-1.0.0.jar"));
 * }</pre>
 *
 * Needs a JDK at test time. Not thread-safe; one builder per JAR.
 */
public final class PluginJarBuilder {

    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> manifest = new LinkedHashMap<>();
    private final List<String> providers = new ArrayList<>();
    private final Map<String, byte[]> resources = new LinkedHashMap<>();
    private final List<Path> classpath = new ArrayList<>(List.of(spiLocation()));

    private PluginJarBuilder() {}

    public static PluginJarBuilder create() {
        return new PluginJarBuilder();
    }

    public static PluginJarBuilder from(PluginSource source) {
        PluginJarBuilder builder = create();
        source.sources().forEach(builder::source);
        source.manifest().forEach(builder::manifestEntry);
        source.providers().forEach(builder::provider);
        return builder;
    }

    /** A Java source; {@code className} is fully qualified and decides the file name. */
    public PluginJarBuilder source(String className, String javaSource) {
        sources.put(className, javaSource);
        return this;
    }

    public PluginJarBuilder manifestEntry(String name, String value) {
        manifest.put(name, value);
        return this;
    }

    public PluginJarBuilder pluginId(String id) {
        return manifestEntry(ManifestCheck.PLUGIN_ID, id);
    }

    public PluginJarBuilder pluginVersion(String version) {
        return manifestEntry(ManifestCheck.PLUGIN_VERSION, version);
    }

    public PluginJarBuilder spiVersion(String version) {
        return manifestEntry(ManifestCheck.PLUGIN_SPI_VERSION, version);
    }

    /** Registers a class in {@code META-INF/services}; call twice for two providers, never for none. */
    public PluginJarBuilder provider(String className) {
        providers.add(className);
        return this;
    }

    /** Any other file, e.g. a resource bundle; {@code path} inside the JAR, without a leading slash. */
    public PluginJarBuilder resource(String path, String text) {
        resources.put(path, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Another JAR or directory to compile against, besides the SPI. */
    public PluginJarBuilder classpath(Path entry) {
        classpath.add(entry);
        return this;
    }

    /**
     * Compiles the sources and writes the JAR, replacing any file there.
     *
     * @return {@code jarFile}
     * @throws IllegalStateException when a source does not compile, with the compiler's messages
     */
    public Path build(Path jarFile) {
        Path work = null;
        try {
            work = Files.createTempDirectory("plugin-jar-");
            Map<String, byte[]> entries = new TreeMap<>(SourceCompiler.compile(sources, classpath, work));
            entries.putAll(resources);
            if (!providers.isEmpty()) {
                entries.put(ServiceFileCheck.SERVICE_FILE,
                        (String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            write(jarFile, entries);
            return jarFile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            SourceCompiler.deleteTree(work);
        }
    }

    private void write(Path jarFile, Map<String, byte[]> entries) throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.forEach((name, value) -> mf.getMainAttributes().putValue(name, value));
        Path parent = jarFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream file = Files.newOutputStream(jarFile); JarOutputStream jar = new JarOutputStream(file, mf)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        }
    }

    /** The JAR (or classes directory, in an IDE) holding the criteria SPI: the only compile dependency of a plugin. */
    public static Path spiLocation() {
        try {
            return Path.of(CriteriaPluginFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the criteria SPI", e);
        }
    }
}
