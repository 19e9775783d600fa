package vn.tochuc.danhgia.criteria.internal;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.check.FindingCode;
import vn.tochuc.danhgia.criteria.check.Inspection;
import vn.tochuc.danhgia.criteria.check.ManifestCheck;
import vn.tochuc.danhgia.criteria.check.PluginChecker;
import vn.tochuc.danhgia.criteria.check.ServiceFileCheck;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.PluginConfig;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * Loads a JAR that passed {@link JarReader}'s checks in a new class loader and runs the checks that need its code:
 * {@link ServiceLoader} must find exactly one provider defined by that loader (the parent's class path may register
 * others, which are not the plugin's), then {@link PluginChecker#inspect} and the manifest against the descriptor.
 * All plugin code runs through {@link PluginCalls}, under the time limit: also the loading and static
 * initialization of the provider class ({@code Provider.type()} loads it, {@code Provider.get()} initializes it),
 * so an endless static initializer ends as a {@code PLUGIN_TIMEOUT}. The loader's parent is a
 * {@link SpiOnlyClassLoader}: the plugin sees the SPI, the JDK and its own JAR, nothing of the host.
 */
final class PluginLoader {

    private final ClassLoader parent;
    private final PluginCalls calls;

    PluginLoader(ClassLoader parent, PluginCalls calls) {
        this.parent = parent;
        this.calls = calls;
    }

    LoadResult load(Path jar, JarFacts facts, PluginConfig config) {
        VersionKey key = new VersionKey(facts.pluginId(), facts.version());
        URLClassLoader loader = new URLClassLoader("plugin " + key, new URL[] {url(jar)}, parent);
        Discovery found;
        try {
            found = calls.call(loader, () -> discover(loader, facts, config));
        } catch (PluginCallFailure e) {
            LoadedPlugin.close(loader, key);
            return new LoadResult(null, List.of(e.finding(FindingCode.PLUGIN_LOAD_FAILED)));
        }
        boolean ok = found.inspection() != null && found.inspection().ok()
                && found.findings().stream().noneMatch(Finding::isError);
        if (!ok) {
            closeQuietly(found.factory(), loader);
            LoadedPlugin.close(loader, key);
            return new LoadResult(null, found.findings());
        }
        return new LoadResult(new LoadedPlugin(key, found.inspection().descriptor(), found.trees(), found.findings(),
                loader, found.factory(), found.inspection().plugin()), found.findings());
    }

    /** What the plugin thread found; {@code inspection} is null when no factory could be created. */
    private record Discovery(CriteriaPluginFactory factory, Inspection inspection,
            Map<SubjectType, FrameworkTree> trees, List<Finding> findings) {}

    private static Discovery discover(URLClassLoader loader, JarFacts facts, PluginConfig config) {
        List<Finding> findings = new ArrayList<>();
        CriteriaPluginFactory factory = instantiate(loader, facts.serviceFile(), findings);
        if (factory == null) {
            return new Discovery(null, null, Map.of(), findings);
        }
        Inspection inspection = PluginChecker.inspect(factory, config);
        findings.addAll(inspection.report().findings());
        if (inspection.descriptor() != null) {
            findings.addAll(ManifestCheck.againstDescriptor(facts.manifest(), inspection.descriptor()));
        }
        Map<SubjectType, FrameworkTree> trees = new EnumMap<>(SubjectType.class);
        if (inspection.ok()) {
            try {
                for (Framework framework : inspection.frameworks()) {
                    trees.put(framework.subjectType(), Trees.of(framework));
                }
            } catch (IllegalArgumentException e) {
                findings.add(HostFindings.error(HostFindings.FRAMEWORK_TOO_LARGE, e.getMessage()));
            }
        }
        return new Discovery(factory, inspection, trees, findings);
    }

    /** The one provider the plugin's own loader defines, instantiated; {@code null} with findings otherwise. */
    private static CriteriaPluginFactory instantiate(URLClassLoader loader, String serviceFile,
            List<Finding> findings) {
        try {
            List<ServiceLoader.Provider<CriteriaPluginFactory>> own = ServiceLoader
                    .load(CriteriaPluginFactory.class, loader).stream()
                    .filter(p -> p.type().getClassLoader() == loader)
                    .toList();
            if (own.isEmpty()) {
                findings.add(FindingCode.NO_PROVIDER.about(null, null, null));
                return null;
            }
            if (own.size() > 1) {
                findings.add(FindingCode.MANY_PROVIDERS.about(null, null, null, own.size()));
                return null;
            }
            return own.get(0).get();
        } catch (ServiceConfigurationError | ClassCastException e) {
            findings.add(ServiceFileCheck.loadFailure(serviceFile, e));
            return null;
        } catch (LinkageError e) {
            findings.add(FindingCode.PLUGIN_LOAD_FAILED.about(null, null, null, describe(e)));
            return null;
        }
    }

    private void closeQuietly(CriteriaPluginFactory factory, URLClassLoader loader) {
        if (factory == null) {
            return;
        }
        try {
            calls.call(loader, () -> {
                factory.close();
                return null;
            });
        } catch (PluginCallFailure e) {
            // a refused plugin that cannot even close: the loader is closed next anyway
        }
    }

    static String describe(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            text += " (" + (cause.getMessage() == null ? cause.getClass().getName()
                    : cause.getClass().getName() + ": " + cause.getMessage()) + ")";
        }
        return text;
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
