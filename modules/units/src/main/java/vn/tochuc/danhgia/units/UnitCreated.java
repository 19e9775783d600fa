package vn.tochuc.danhgia.units;

/** A unit was created. */
public record UnitCreated(String code) {}
