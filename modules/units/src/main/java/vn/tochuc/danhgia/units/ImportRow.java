package vn.tochuc.danhgia.units;

/** One row of an import file, with its line number in the file (the header is line 1). */
public record ImportRow(int line, String code, String name, String group, String parentCode, ImportAction action) {}
