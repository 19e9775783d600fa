package vn.tochuc.danhgia.units;

/**
 * What an administrator sends to change a unit. The code cannot change; {@code version} must be the one last read,
 * so that two administrators editing the same unit cannot overwrite each other.
 */
public record UnitChanges(String name, String group, String parentCode, Boolean active, Long version) {}
