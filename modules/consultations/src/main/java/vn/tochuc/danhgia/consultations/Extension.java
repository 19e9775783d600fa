package vn.tochuc.danhgia.consultations;

import java.time.OffsetDateTime;

/** A new deadline for every recipient ({@code unit} null) or for one unit, with the reason. */
public record Extension(OffsetDateTime deadline, String unit, String reason) {}
