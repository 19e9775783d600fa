package vn.tochuc.danhgia.criteria;

/** An assignment was removed. */
public record FrameworkUnassigned(int year, String pluginId, String unitCode, String groupCode) {}
