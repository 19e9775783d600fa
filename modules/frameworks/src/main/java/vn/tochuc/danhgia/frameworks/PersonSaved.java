package vn.tochuc.danhgia.frameworks;

/** A unit added or changed its chief or a deputy. */
public record PersonSaved(long id, String unitCode, int year) {}
