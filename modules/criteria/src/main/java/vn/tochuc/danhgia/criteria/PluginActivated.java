package vn.tochuc.danhgia.criteria;

/** A plugin version became the active one (upgrade, rollback or enable of another version). */
public record PluginActivated(String pluginId, String version, String previousVersion) {}
