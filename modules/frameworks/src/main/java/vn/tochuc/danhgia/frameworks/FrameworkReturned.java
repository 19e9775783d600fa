package vn.tochuc.danhgia.frameworks;

/** The Board returned a framework to its unit for revision. */
public record FrameworkReturned(long id, String unitCode, int round) {}
