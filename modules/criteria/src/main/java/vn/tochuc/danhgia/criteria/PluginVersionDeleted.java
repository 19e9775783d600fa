package vn.tochuc.danhgia.criteria;

/** A plugin version and, when no other version shares it, its JAR were deleted. */
public record PluginVersionDeleted(String pluginId, String version) {}
