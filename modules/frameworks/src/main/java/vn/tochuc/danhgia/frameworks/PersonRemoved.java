package vn.tochuc.danhgia.frameworks;

/** A unit removed its chief or a deputy. */
public record PersonRemoved(long id, String unitCode, int year) {}
