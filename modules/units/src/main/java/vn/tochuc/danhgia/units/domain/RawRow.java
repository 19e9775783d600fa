package vn.tochuc.danhgia.units.domain;

/** A row as read from an import file, before any check; {@code line} counts the header as line 1. */
public record RawRow(int line, String code, String name, String group, String parentCode) {}
