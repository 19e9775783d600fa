package vn.tochuc.danhgia.rating;

/** A unit submitted a subject's self-assessment. */
public record SelfAssessmentSubmitted(long subjectId, long cycleId, String unitCode, String receiptNumber) {}
