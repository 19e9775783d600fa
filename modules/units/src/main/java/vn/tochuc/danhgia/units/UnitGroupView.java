package vn.tochuc.danhgia.units;

/** A recipient group, e.g. "Các sở, ban, ngành, đoàn thể cấp tỉnh", with the number of its active units. */
public record UnitGroupView(String code, String name, int sortOrder, long activeUnits, long version) {}
