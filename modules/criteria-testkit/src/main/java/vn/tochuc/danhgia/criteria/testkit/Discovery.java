package vn.tochuc.danhgia.criteria.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.check.FindingCode;
import vn.tochuc.danhgia.criteria.check.ServiceFileCheck;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;

/**
 * The host's discovery step, applied to a factory on the test class path: the service file next to the factory's
 * class (in {@code target/classes} or in its JAR) registers exactly this class, and {@link ServiceLoader} can
 * instantiate it.
 */
final class Discovery {

    private Discovery() {}

    static List<Finding> check(Class<? extends CriteriaPluginFactory> factoryClass) {
        List<Finding> findings = new ArrayList<>(
                ServiceFileCheck.check(serviceFile(factoryClass), factoryClass.getName()));
        if (findings.isEmpty()) {
            findings.addAll(instantiate(factoryClass));
        }
        return findings;
    }

    private static List<Finding> instantiate(Class<? extends CriteriaPluginFactory> factoryClass) {
        try {
            boolean found = ServiceLoader.load(CriteriaPluginFactory.class, factoryClass.getClassLoader()).stream()
                    .filter(provider -> provider.type() == factoryClass)
                    .map(ServiceLoader.Provider::get)
                    .findFirst()
                    .isPresent();
            return found ? List.of() : List.of(FindingCode.NO_PROVIDER.about(null, null, null));
        } catch (ServiceConfigurationError e) {
            return List.of(ServiceFileCheck.loadFailure(serviceFile(factoryClass), e));
        }
    }

    /** The service file of the class path entry that holds the factory class, or {@code null} when it has none. */
    static String serviceFile(Class<?> factoryClass) {
        CodeSource source = factoryClass.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isDirectory(location) ? readFile(location.resolve(ServiceFileCheck.SERVICE_FILE))
                    : readJarEntry(location);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read the service file of " + source.getLocation(), e);
        }
    }

    private static String readFile(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    private static String readJarEntry(Path jar) throws IOException {
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
}
