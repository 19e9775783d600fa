package vn.tochuc.danhgia.consultations;

import java.time.Instant;

/** A submission as its receipt shows it. {@code withdrawnAt} is set once the unit took it back. */
public record Receipt(long submissionId, String receiptNumber, long consultationId, String unit, int sequence,
        Instant submittedAt, boolean late, String signerName, String signerTitle, Stance stance, int comments,
        Instant withdrawnAt) {}
