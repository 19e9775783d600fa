package vn.tochuc.danhgia.rating;

/** Submits a self-assessment: the version read and who signs it (người ký), e.g. "Nguyễn Văn A", "Giám đốc". */
public record SignRequest(Long version, String signerName, String signerTitle) {}
