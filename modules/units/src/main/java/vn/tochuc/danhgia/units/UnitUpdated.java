package vn.tochuc.danhgia.units;

/** A unit's name, group, parent or active flag changed. */
public record UnitUpdated(String code) {}
