package vn.tochuc.danhgia.documents;

/** A version was sent to units for the first time; from now on it never changes. */
public record DocumentVersionSent(long documentId, long versionId) {}
