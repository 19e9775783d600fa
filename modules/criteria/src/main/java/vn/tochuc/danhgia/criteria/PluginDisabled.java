package vn.tochuc.danhgia.criteria;

/** A plugin version was disabled by IT staff and unloaded. */
public record PluginDisabled(String pluginId, String version) {}
