package vn.tochuc.danhgia.rating;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A unit's extended self-assessment deadline in a cycle (Asia/Ho_Chi_Minh). */
public record ExtensionView(long cycleId, String unitCode, OffsetDateTime until, String reason, String updatedBy,
        Instant updatedAt) {}
