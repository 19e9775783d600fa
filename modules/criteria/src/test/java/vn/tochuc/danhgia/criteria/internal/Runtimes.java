package vn.tochuc.danhgia.criteria.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import vn.tochuc.danhgia.criteria.spi.PluginConfig;

/** Test helpers: a runtime whose plugins' parent is the test class path (which holds the SPI), and JAR loading. */
final class Runtimes {

    static final JarPolicy POLICY = JarPolicy.unsigned(JarPolicy.DEFAULT_MAX_BYTES);

    private Runtimes() {}

    static PluginRuntime create(Duration timeout) {
        return new PluginRuntime(Runtimes.class.getClassLoader(), new PluginCalls(timeout));
    }

    static JarFacts facts(Path jar) {
        try {
            return JarReader.read(jar, POLICY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checks before loading, then loading: what the host does with an upload. */
    static LoadResult load(PluginRuntime runtime, Path jar) {
        JarFacts facts = facts(jar);
        if (!facts.ok()) {
            return new LoadResult(null, facts.findings());
        }
        return runtime.load(jar, facts, PluginConfig.empty());
    }
}
