package vn.tochuc.danhgia.documents;

/** A version of a document was stored (uploaded, or started as a revision). */
public record DocumentUploaded(long documentId, long versionId, int number) {}
