package vn.tochuc.danhgia.rating;

import java.time.OffsetDateTime;

/** The Board's extension of the self-assessment deadline for one unit: until when, and why. */
public record ExtensionRequest(OffsetDateTime until, String reason) {}
