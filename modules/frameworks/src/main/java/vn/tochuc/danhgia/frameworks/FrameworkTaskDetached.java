package vn.tochuc.danhgia.frameworks;

/** A consultation no longer carries the concretization task. */
public record FrameworkTaskDetached(long consultationId) {}
