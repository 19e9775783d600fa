package vn.tochuc.danhgia.documents;

import java.time.LocalDate;

/** A version was issued (ban hành) with its number and date; the document never changes again. */
public record DocumentVersionIssued(long documentId, long versionId, String number, LocalDate issuedOn) {}
