package vn.tochuc.danhgia.criteria.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;

/**
 * Checks a plugin's {@code META-INF/services} registration: exactly one provider. Two would make the plugin's
 * identity ambiguous (which descriptor counts?), none would make it invisible to {@link java.util.ServiceLoader}.
 */
public final class ServiceFileCheck {

    /** Where a plugin registers its factory. */
    public static final String SERVICE_FILE = "META-INF/services/" + CriteriaPluginFactory.class.getName();

    private static final int MAX_LISTED = 12;

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

    /**
     * The providers the service file names must be classes of the JAR, checked before any of its code is loaded so
     * that a typo is reported as such rather than as the {@link java.util.ServiceConfigurationError} of loading.
     *
     * @param classNames the binary names of the classes the JAR holds
     */
    public static List<Finding> checkClassesPresent(String content, Collection<String> classNames) {
        List<Finding> findings = new ArrayList<>();
        for (String provider : providers(content)) {
            if (!classNames.contains(provider)) {
                findings.add(FindingCode.PROVIDER_CLASS_MISSING.about(null, null, null, provider, listed(classNames)));
            }
        }
        return findings;
    }

    /**
     * The finding for a provider that is in the JAR but could not be created ({@code ServiceLoader}'s error), in
     * plain words instead of the error's own text: a class of the wrong shape (not public, no public no-argument
     * constructor, not a {@code CriteriaPluginFactory}) is {@link FindingCode#PROVIDER_NOT_INSTANTIABLE}; a
     * constructor or static initializer that throws is {@link FindingCode#PLUGIN_LOAD_FAILED} with the plugin's own
     * exception.
     */
    public static Finding loadFailure(String content, Throwable error) {
        List<String> providers = providers(content);
        String provider = providers.isEmpty() ? "?" : providers.get(0);
        Throwable cause = error.getCause();
        if (cause == null || cause instanceof NoSuchMethodException || cause instanceof IllegalAccessException
                || error instanceof ClassCastException) {
            String detail = error.getMessage() == null ? error.getClass().getSimpleName()
                    : error.getMessage().replace(CriteriaPluginFactory.class.getName() + ": ", "");
            return FindingCode.PROVIDER_NOT_INSTANTIABLE.about(null, null, null, provider, detail);
        }
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return FindingCode.PLUGIN_LOAD_FAILED.about(null, null, null,
                cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }

    private static String listed(Collection<String> classNames) {
        if (classNames.isEmpty()) {
            return "—";
        }
        List<String> sorted = classNames.stream().sorted().limit(MAX_LISTED).toList();
        return String.join(", ", sorted) + (classNames.size() > MAX_LISTED ? ", …" : "");
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
