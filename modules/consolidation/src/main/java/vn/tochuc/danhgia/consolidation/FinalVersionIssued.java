package vn.tochuc.danhgia.consolidation;

import java.time.LocalDate;

/** The final version of a consolidated consultation's draft was issued (ban hành). */
public record FinalVersionIssued(long consultationId, long versionId, String number, LocalDate issuedOn) {}
