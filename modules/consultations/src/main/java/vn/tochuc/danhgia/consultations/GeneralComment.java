package vn.tochuc.danhgia.consultations;

import java.time.Instant;

/** A unit's general comment and stance, from its current submission. */
public record GeneralComment(String unit, String unitName, Stance stance, String text, String receipt,
        Instant submittedAt) {}
