package vn.tochuc.danhgia.criteria.testkit;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources of a plugin JAR not yet built: Java sources by class name, manifest entries, and the classes to
 * register in {@code META-INF/services}. {@link SamplePlugins} makes them; {@link #build(Path)} writes the JAR.
 *
 * @param pluginId  the plugin id it declares
 * @param version   the plugin version it declares
 * @param manifest  the manifest's main entries
 * @param sources   Java source text by fully qualified class name
 * @param providers the classes registered as {@code CriteriaPluginFactory} providers; empty for none
 */
public record PluginSource(
        String pluginId,
        String version,
        Map<String, String> manifest,
        Map<String, String> sources,
        List<String> providers) {

    public PluginSource {
        manifest = Collections.unmodifiableMap(new LinkedHashMap<>(manifest));
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        providers = List.copyOf(providers);
    }

    /** A builder preloaded with these sources, to add or change something before building. */
    public PluginJarBuilder toBuilder() {
        return PluginJarBuilder.from(this);
    }

    /** Compiles and writes the JAR; returns {@code jarFile}. */
    public Path build(Path jarFile) {
        return toBuilder().build(jarFile);
    }
}
