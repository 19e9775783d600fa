package vn.tochuc.danhgia.units;

/** A unit was deactivated: it stays in the records but receives nothing new. */
public record UnitDeactivated(String code) {}
