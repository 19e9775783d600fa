package vn.tochuc.danhgia.criteria;

/** A plugin version failed (a check on loading, or a throw or overrun while serving) and was unloaded. */
public record PluginFailed(String pluginId, String version, String reason) {}
