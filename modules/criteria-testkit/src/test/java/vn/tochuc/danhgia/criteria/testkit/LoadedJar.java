package vn.tochuc.danhgia.criteria.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import vn.tochuc.danhgia.criteria.check.ManifestCheck;
import vn.tochuc.danhgia.criteria.check.ServiceFileCheck;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;

/**
 * A plugin JAR opened the way the host opens it: its own class loader whose parent holds the SPI, and
 * {@link ServiceLoader} on that loader, keeping only the providers the JAR itself defines (the parent's class path
 * may register others, as this module's tests do).
 */
final class LoadedJar implements AutoCloseable {

    final Path jar;
    final URLClassLoader loader;

    LoadedJar(Path jar) throws IOException {
        this.jar = jar;
        this.loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, LoadedJar.class.getClassLoader());
    }

    Map<String, String> manifest() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return ManifestCheck.entries(file.getManifest());
        }
    }

    String serviceFile() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry(ServiceFileCheck.SERVICE_FILE);
            if (entry == null) {
                return null;
            }
            try (InputStream in = file.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** Instantiates the JAR's own providers; a failing constructor surfaces as ServiceConfigurationError. */
    List<CriteriaPluginFactory> factories() {
        return ServiceLoader.load(CriteriaPluginFactory.class, loader).stream()
                .filter(provider -> provider.type().getClassLoader() == loader)
                .map(ServiceLoader.Provider::get)
                .toList();
    }

    CriteriaPluginFactory onlyFactory() {
        List<CriteriaPluginFactory> factories = factories();
        if (factories.size() != 1) {
            throw new AssertionError("Expected one provider in " + jar + ", found " + factories.size());
        }
        return factories.get(0);
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
