package vn.tochuc.danhgia.criteria.internal;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * A plugin version loaded in its own class loader and checked. {@link #close(PluginCalls)} calls the factory's
 * {@code close()}, closes the loader and drops every reference into the plugin, so that even a forgotten
 * {@code LoadedPlugin} keeps no plugin class alive. The descriptor and trees are SPI records and host records: they
 * hold no plugin class.
 */
public final class LoadedPlugin {

    private static final Logger LOG = Logger.getLogger(LoadedPlugin.class.getName());

    private final VersionKey key;
    private final PluginDescriptor descriptor;
    private final Map<SubjectType, FrameworkTree> frameworks;
    private final List<Finding> warnings;
    private volatile URLClassLoader loader;
    private volatile CriteriaPluginFactory factory;
    private volatile CriteriaPlugin plugin;
    private final TimeoutStrikes timeouts = new TimeoutStrikes();

    LoadedPlugin(VersionKey key, PluginDescriptor descriptor, Map<SubjectType, FrameworkTree> frameworks,
            List<Finding> warnings, URLClassLoader loader, CriteriaPluginFactory factory, CriteriaPlugin plugin) {
        this.key = key;
        this.descriptor = descriptor;
        this.frameworks = Map.copyOf(frameworks);
        this.warnings = List.copyOf(warnings);
        this.loader = loader;
        this.factory = factory;
        this.plugin = plugin;
    }

    public VersionKey key() {
        return key;
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    public Map<SubjectType, FrameworkTree> frameworks() {
        return frameworks;
    }

    public List<Finding> warnings() {
        return warnings;
    }

    /** The plugin, or {@code null} once closed. */
    CriteriaPlugin plugin() {
        return plugin;
    }

    /** The plugin's class loader, or {@code null} once closed. */
    URLClassLoader classLoader() {
        return loader;
    }

    /** This load's time-outs while serving, towards quarantine. */
    TimeoutStrikes timeouts() {
        return timeouts;
    }

    public boolean open() {
        return loader != null;
    }

    /** Idempotent. A factory whose {@code close()} throws or hangs is abandoned; the loader is closed anyway. */
    void close(PluginCalls calls) {
        URLClassLoader l = loader;
        CriteriaPluginFactory f = factory;
        loader = null;
        factory = null;
        plugin = null;
        if (l == null) {
            return;
        }
        if (f != null) {
            try {
                calls.call(l, () -> {
                    f.close();
                    return null;
                });
            } catch (PluginCallFailure e) {
                LOG.warning(() -> "Plugin " + key + " failed to close: " + e.getMessage());
            }
        }
        close(l, key);
    }

    static void close(URLClassLoader l, Object what) {
        try {
            l.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot close the class loader of plugin " + what, e);
        }
    }
}
