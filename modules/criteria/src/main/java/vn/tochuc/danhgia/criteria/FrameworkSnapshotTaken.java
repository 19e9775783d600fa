package vn.tochuc.danhgia.criteria;

/** A framework was frozen into a snapshot. */
public record FrameworkSnapshotTaken(long snapshotId, String pluginId, String version, String subjectType) {}
