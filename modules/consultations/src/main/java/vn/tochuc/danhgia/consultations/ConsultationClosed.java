package vn.tochuc.danhgia.consultations;

/** A consultation was closed; no more answers. */
public record ConsultationClosed(long consultationId) {}
