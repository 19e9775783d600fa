package vn.tochuc.danhgia.units;

/** What an import did. */
public record ImportResult(long created, long updated, long unchanged) {}
