package vn.tochuc.danhgia.frameworks;

/** A unit saved its targets. */
public record FrameworkSaved(long id, String unitCode) {}
