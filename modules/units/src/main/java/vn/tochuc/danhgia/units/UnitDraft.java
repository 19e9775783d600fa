package vn.tochuc.danhgia.units;

/** What an administrator sends to create a unit (code, name, group and optional parent). */
public record UnitDraft(String code, String name, String group, String parentCode) {}
