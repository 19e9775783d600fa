package vn.tochuc.danhgia.consultations;

/** A unit submitted its answer (late or not). */
public record AnswerSubmitted(long consultationId, String unit, long submissionId, boolean late) {}
