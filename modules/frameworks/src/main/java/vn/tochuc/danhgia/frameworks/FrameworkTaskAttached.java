package vn.tochuc.danhgia.frameworks;

/** A consultation now carries the concretization task. */
public record FrameworkTaskAttached(long consultationId, int year) {}
