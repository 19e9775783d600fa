package vn.tochuc.danhgia.consultations;

/** Who signs the unit's answer (người ký): name and title, e.g. "Nguyễn Văn A", "Giám đốc". */
public record Signer(String signerName, String signerTitle) {}
