package vn.tochuc.danhgia.criteria;

/** A plugin was assigned to a unit or a group for a year. */
public record FrameworkAssigned(int year, String pluginId, String unitCode, String groupCode) {}
