package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tochuc.danhgia.criteria.spi.PluginConfig;

/**
 * The module's settings ({@code criteria.*}, see {@code config/app.properties.example}). The trusted keys themselves
 * are {@link DefaultPluginSigningKeys}'.
 */
@ApplicationScoped
public class PluginSettings {

    static final String PREFIX = "criteria.";
    static final String DEFAULT_TRUSTSTORE_PASSWORD = "trusted-plugin-keys";

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

    /** Whether an unsigned JAR is refused ({@code false}: accepted with a warning, for the demo and tests). */
    public boolean requireSigned() {
        return requireSigned;
    }

    /** The trusted plugin-signing keys: {@code ${app.data.dir}/trusted-plugin-keys.p12} unless set otherwise. */
    Path truststore() {
        return truststore.filter(s -> !s.isBlank()).map(Path::of)
                .orElse(Path.of(dataDir, "trusted-plugin-keys.p12")).toAbsolutePath().normalize();
    }

    /**
     * The keystore's password: it protects only the file's integrity (certificates are public), so a built-in one
     * is used when none is set; set {@code CRITERIA_PLUGINS_TRUSTSTORE_PASSWORD} in production.
     */
    char[] truststorePassword() {
        return truststorePassword.filter(s -> !s.isEmpty()).orElse(DEFAULT_TRUSTSTORE_PASSWORD).toCharArray();
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
