package vn.tochuc.danhgia.criteria.check;

import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;

/**
 * Checks a plugin's {@code META-INF/services} registration: exactly one provider. Two would make the plugin's
 * identity ambiguous (which descriptor counts?), none would make it invisible to {@link java.util.ServiceLoader}.
 */
public final class ServiceFileCheck {

    /** Where a plugin registers its factory. */
    public static final String SERVICE_FILE = "META-INF/services/" + CriteriaPluginFactory.class.getName();

    private ServiceFileCheck() {}

    /** The class names in a service file, read as {@link java.util.ServiceLoader} does: {@code #} starts a comment. */
    public static List<String> providers(String content) {
        List<String> providers = new ArrayList<>();
        if (content == null) {
            return providers;
        }
        for (String line : content.split("\\R")) {
            int hash = line.indexOf('#');
            String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!name.isEmpty() && !providers.contains(name)) {
                providers.add(name);
            }
        }
        return providers;
    }

    /**
     * Checks the content of the service file.
     *
     * @param content the file's text, or {@code null} when the JAR has no such file
     */
    public static List<Finding> check(String content) {
        List<String> providers = providers(content);
        if (providers.isEmpty()) {
            return List.of(FindingCode.NO_PROVIDER.about(null, null, null));
        }
        if (providers.size() > 1) {
            return List.of(FindingCode.MANY_PROVIDERS.about(null, null, null, providers.size()));
        }
        return List.of();
    }

    /** As {@link #check(String)}, and the one provider must be the given class. */
    public static List<Finding> check(String content, String expectedClassName) {
        List<Finding> findings = check(content);
        List<String> providers = providers(content);
        if (findings.isEmpty() && !providers.get(0).equals(expectedClassName)) {
            return List.of(FindingCode.PROVIDER_MISMATCH.about(null, null, null, providers.get(0), expectedClassName));
        }
        return findings;
    }
}
