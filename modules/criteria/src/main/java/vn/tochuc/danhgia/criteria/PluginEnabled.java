package vn.tochuc.danhgia.criteria;

/** A plugin version was loaded, checked and enabled again. */
public record PluginEnabled(String pluginId, String version) {}
