package vn.tochuc.danhgia.consultations;

/** A unit took back its submission; the submission is kept. */
public record AnswerWithdrawn(long consultationId, String unit, long submissionId) {}
