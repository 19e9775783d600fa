package vn.tochuc.danhgia.frameworks;

/** The Board approved a framework; its content is frozen with this SHA-256. */
public record FrameworkApproved(long id, String unitCode, String sha256) {}
