package vn.tochuc.danhgia.rating;

import java.time.Instant;

/** An evidence file of a self-assessment, for one criterion and optionally one of its targets. */
public record EvidenceView(long id, long subjectId, String criterionCode, Integer targetIndex, String fileName,
        String mediaType, long size, String sha256, String uploadedBy, Instant uploadedAt) {}
