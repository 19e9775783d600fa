package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tochuc.danhgia.criteria.spi.PluginConfig;

/**
 * The module's settings ({@code criteria.*}, see {@code config/app.properties.example}). The truststore is read once,
 * on first use; a truststore that cannot be read makes every plugin fail the signature check rather than pass it.
 */
@ApplicationScoped
public class PluginSettings {

    static final String PREFIX = "criteria.";
    private static final Logger LOG = Logger.getLogger(PluginSettings.class.getName());

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "app.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "criteria.plugins.dir")
    Optional<String> pluginsDir;

    @Inject
    @ConfigProperty(name = "criteria.plugins.call-timeout-ms", defaultValue = "2000")
    long callTimeoutMs;

    @Inject
    @ConfigProperty(name = "criteria.plugins.quarantine-after-timeouts", defaultValue = "3")
    int quarantineAfterTimeouts;

    @Inject
    @ConfigProperty(name = "criteria.plugins.quarantine-window-minutes", defaultValue = "10")
    long quarantineWindowMinutes;

    @Inject
    @ConfigProperty(name = "criteria.plugins.max-upload-bytes", defaultValue = "10485760")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "criteria.plugins.require-signed", defaultValue = "false")
    boolean requireSigned;

    @Inject
    @ConfigProperty(name = "criteria.plugins.truststore")
    Optional<String> truststore;

    @Inject
    @ConfigProperty(name = "criteria.plugins.truststore-password")
    Optional<String> truststorePassword;

    @Inject
    @ConfigProperty(name = "criteria.plugins.truststore-type", defaultValue = "PKCS12")
    String truststoreType;

    @Inject
    @ConfigProperty(name = "criteria.plugins.truststore-alias")
    Optional<String> truststoreAlias;

    private volatile JarPolicy policy;

    /** Where plugin JARs live: dropped in by hand at the top, stored by the host under {@code store/}. */
    public Path pluginsDir() {
        return pluginsDir.filter(s -> !s.isBlank()).map(Path::of).orElse(Path.of(dataDir, "plugins"))
                .toAbsolutePath().normalize();
    }

    public Duration callTimeout() {
        return Duration.ofMillis(Math.max(50, callTimeoutMs));
    }

    /** How many time-outs while serving, within {@link #quarantineWindow()}, quarantine a version. */
    public int quarantineAfterTimeouts() {
        return Math.max(1, quarantineAfterTimeouts);
    }

    public Duration quarantineWindow() {
        return Duration.ofMinutes(Math.max(1, quarantineWindowMinutes));
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    JarPolicy policy() {
        JarPolicy p = policy;
        if (p == null) {
            p = requireSigned ? signedPolicy() : JarPolicy.unsigned(maxUploadBytes);
            policy = p;
        }
        return p;
    }

    private JarPolicy signedPolicy() {
        long unpacked = 16 * maxUploadBytes;
        if (truststore.filter(s -> !s.isBlank()).isEmpty()) {
            return new JarPolicy(maxUploadBytes, unpacked, true, Set.of(), "criteria.plugins.truststore is not set");
        }
        try {
            Set<X509Certificate> trusted = Truststores.load(Path.of(truststore.get()), truststoreType,
                    truststorePassword.orElse("").toCharArray(), truststoreAlias.orElse(null));
            LOG.info(() -> "Plugins must be signed by one of " + trusted.size() + " trusted certificate(s)");
            return new JarPolicy(maxUploadBytes, unpacked, true, trusted, null);
        } catch (Exception e) {
            LOG.warning("Cannot read the plugin truststore " + truststore.get() + ": " + e);
            return new JarPolicy(maxUploadBytes, unpacked, true, Set.of(), e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
    }

    /** A plugin's own settings: {@code criteria.<plugin-id>.<name>}, keyed by {@code <name>}. */
    public PluginConfig configFor(String pluginId) {
        String prefix = PREFIX + pluginId + ".";
        Map<String, String> properties = new LinkedHashMap<>();
        if (!"plugins".equals(pluginId)) {
            for (String name : config.getPropertyNames()) {
                if (name.startsWith(prefix)) {
                    config.getOptionalValue(name, String.class)
                            .ifPresent(v -> properties.put(name.substring(prefix.length()), v));
                }
            }
        }
        return new PluginConfig(properties);
    }
}
