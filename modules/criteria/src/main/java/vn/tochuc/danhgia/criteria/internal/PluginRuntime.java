package vn.tochuc.danhgia.criteria.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.PluginConfig;

/**
 * The loaded plugin versions, each in its own class loader, and the one way to call them. Plain Java: the CDI
 * services add the database and the files. Unloading a version closes its factory and class loader and drops every
 * reference, so that the loader can be garbage-collected ({@code PluginRuntimeGcTest} proves it).
 */
public final class PluginRuntime implements AutoCloseable {

    private final PluginCalls calls;
    private final PluginLoader loader;
    private final ConcurrentMap<VersionKey, LoadedPlugin> loaded = new ConcurrentHashMap<>();

    /**
     * @param spi the loader that holds the SPI (the web application's). It is not the plugins' parent: that is a
     *            {@link SpiOnlyClassLoader} over it, which exposes the SPI package and the JDK and nothing else
     */
    public PluginRuntime(ClassLoader spi, PluginCalls calls) {
        this.calls = calls;
        this.loader = new PluginLoader(new SpiOnlyClassLoader(spi), calls);
    }

    /** Loads and checks a JAR that passed the checks before loading; not registered yet. */
    public LoadResult load(Path jar, JarFacts facts, PluginConfig config) {
        return loader.load(jar, facts, config);
    }

    /** Makes a loaded version available, unloading whatever was loaded under the same key. */
    public void register(LoadedPlugin plugin) {
        LoadedPlugin previous = loaded.put(plugin.key(), plugin);
        if (previous != null && previous != plugin) {
            previous.close(calls);
        }
    }

    public Optional<LoadedPlugin> get(VersionKey key) {
        return Optional.ofNullable(loaded.get(key));
    }

    public Set<VersionKey> loadedKeys() {
        return Set.copyOf(loaded.keySet());
    }

    /** @return whether it was loaded */
    public boolean unload(VersionKey key) {
        LoadedPlugin plugin = loaded.remove(key);
        if (plugin != null) {
            plugin.close(calls);
        }
        return plugin != null;
    }

    /** Closes a loaded version that was never registered (its install was refused later on). */
    public void discard(LoadedPlugin plugin) {
        if (loaded.get(plugin.key()) != plugin) {
            plugin.close(calls);
        }
    }

    /**
     * Calls a loaded plugin under the time limit.
     *
     * @throws PluginCallFailure when it throws or overruns
     * @throws IllegalStateException when the version was unloaded meanwhile
     */
    public <T> T call(LoadedPlugin plugin, Function<CriteriaPlugin, T> work) {
        CriteriaPlugin instance = plugin.plugin();
        ClassLoader context = plugin.classLoader();
        if (instance == null || context == null) {
            throw new IllegalStateException("Plugin " + plugin.key() + " is not loaded any more");
        }
        return calls.call(context, () -> work.apply(instance));
    }

    @Override
    public void close() {
        loadedKeys().forEach(this::unload);
        calls.close();
    }
}
