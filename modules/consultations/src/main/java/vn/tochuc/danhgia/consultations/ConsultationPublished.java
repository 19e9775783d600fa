package vn.tochuc.danhgia.consultations;

/** A consultation was published; its version is frozen and the recipient units were told. */
public record ConsultationPublished(long consultationId) {}
