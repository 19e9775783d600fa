package vn.tochuc.danhgia.consultations;

/** A deadline was extended, for every recipient (unit null) or for one unit. */
public record DeadlineExtended(long consultationId, String unit, java.time.Instant deadline) {}
