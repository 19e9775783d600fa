package vn.tochuc.danhgia.criteria;

/**
 * A framework and the plugin version it comes from.
 *
 * @param pluginId      the plugin
 * @param pluginVersion its version
 * @param pluginName    its display name
 * @param framework     the framework
 */
public record AssignedFramework(String pluginId, String pluginVersion, String pluginName, FrameworkTree framework) {

    /** {@code so-tai-chinh@1.0.0}. */
    public String source() {
        return pluginId + "@" + pluginVersion;
    }
}
