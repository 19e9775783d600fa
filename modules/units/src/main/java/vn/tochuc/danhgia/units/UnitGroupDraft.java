package vn.tochuc.danhgia.units;

/** Creates or renames a recipient group; {@code version} is needed only when renaming. */
public record UnitGroupDraft(String code, String name, Integer sortOrder, Long version) {}
