package vn.tochuc.danhgia.rating;

/** An evidence file's stored bytes, to download. */
public record EvidenceFile(String fileName, String mediaType, byte[] content) {}
