package vn.tochuc.danhgia.consolidation;

/** Every decision was approved and the consultation moved to CONSOLIDATED. */
public record ConsolidationCompleted(long consultationId) {}
