package vn.tochuc.danhgia.criteria;

/** A plugin version was installed and became the plugin's active version. */
public record PluginInstalled(String pluginId, String version, String sha256) {}
