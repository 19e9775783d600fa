package vn.tochuc.danhgia.frameworks;

/** A unit submitted a framework to the Board. */
public record FrameworkSubmitted(long id, String unitCode, int round) {}
