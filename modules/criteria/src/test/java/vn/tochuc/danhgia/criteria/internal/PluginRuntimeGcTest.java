package vn.tochuc.danhgia.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.testkit.SamplePlugins;

/**
 * Installing and removing a plugin must not leak: after 50 rounds of load, use, unload, every plugin class loader is
 * garbage-collected (held only through weak references here), while the runtime goes on working.
 */
class PluginRuntimeGcTest {

    static final int ROUNDS = 50;

    @TempDir
    Path dir;

    @Test
    void classLoadersOfRemovedVersionsAreCollectedAfterFiftyInstallsAndRemovals() throws Exception {
        Path built = SamplePlugins.valid("gc-plugin", "1.0.0").build(dir.resolve("built.jar"));
        List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
        List<WeakReference<Class<?>>> classes = new ArrayList<>();
        try (PluginRuntime runtime = Runtimes.create(Duration.ofSeconds(2))) {
            for (int round = 0; round < ROUNDS; round++) {
                // a file per round, as uploads are stored under their own names, and deleted again afterwards
                Path jar = Files.copy(built, dir.resolve("round-" + round + ".jar"));
                installUseAndRemove(runtime, jar, loaders, classes);
                Files.delete(jar);
            }
            assertTrue(runtime.loadedKeys().isEmpty());
            assertCollected(loaders, classes);
            // and the runtime still works
            installUseAndRemove(runtime, built, new ArrayList<>(), new ArrayList<>());
        }
    }

    private static void installUseAndRemove(PluginRuntime runtime, Path jar, List<WeakReference<ClassLoader>> loaders,
            List<WeakReference<Class<?>>> classes) {
        LoadResult result = Runtimes.load(runtime, jar);
        assertTrue(result.ok(), result.summary());
        LoadedPlugin plugin = result.plugin();
        runtime.register(plugin);
        int messages = runtime.call(plugin, p -> p.check(Concretization.of(SubjectType.CHIEF, "STC", 2026)).size());
        assertEquals(1, messages);
        loaders.add(new WeakReference<>(plugin.classLoader()));
        classes.add(new WeakReference<>(plugin.plugin().getClass()));
        runtime.unload(plugin.key());
    }

    private static void assertCollected(List<WeakReference<ClassLoader>> loaders,
            List<WeakReference<Class<?>>> classes) throws InterruptedException {
        assertEquals(ROUNDS, loaders.size());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (alive(loaders) + alive(classes) > 0 && System.nanoTime() < deadline) {
            System.gc();
            // give the collector memory pressure too: class unloading happens in full collections
            byte[][] garbage = new byte[64][];
            for (int i = 0; i < garbage.length; i++) {
                garbage[i] = new byte[256 * 1024];
            }
            Thread.sleep(50);
        }
        assertEquals(0, alive(loaders), "plugin class loaders still reachable");
        assertEquals(0, alive(classes), "plugin classes still reachable");
    }

    private static long alive(List<? extends WeakReference<?>> refs) {
        return refs.stream().filter(r -> r.get() != null).count();
    }
}
