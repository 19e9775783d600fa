package vn.tochuc.danhgia.criteria.spi;

import java.util.Map;
import java.util.Optional;

/**
 * The settings the host passes to {@link CriteriaPluginFactory#init(PluginConfig)}: its configuration keys
 * {@code criteria.<plugin-id>.<name>}, keyed by {@code <name>}. Plain strings only, so that a plugin never holds a
 * host object.
 */
public record PluginConfig(Map<String, String> properties) {

    public PluginConfig {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public static PluginConfig empty() {
        return new PluginConfig(Map.of());
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    public String get(String name, String fallback) {
        return properties.getOrDefault(name, fallback);
    }
}
