package vn.tochuc.danhgia.rating;

import java.util.List;

/**
 * Evidence files of self-assessments, stored in the database. PDF, DOCX, XLSX, PNG and JPEG only, checked by their
 * content (not only their name), at most {@link #MAX_BYTES}. A unit adds and removes files of its own subjects while
 * the self-assessment is a draft; the Board reads them.
 */
public interface EvidenceService {

    long MAX_BYTES = 10L * 1024 * 1024;

    /**
     * @throws vn.tochuc.danhgia.kernel.AppException UNSUPPORTED_TYPE for a file that is none of the accepted types or
     *         not what its extension says; INVALID for an unknown criterion or target; CONFLICT once submitted
     */
    EvidenceView add(long subjectId, String criterionCode, Integer targetIndex, String fileName, byte[] content);

    List<EvidenceView> list(long subjectId);

    EvidenceFile download(long subjectId, long evidenceId);

    /** @throws vn.tochuc.danhgia.kernel.AppException CONFLICT once submitted */
    void delete(long subjectId, long evidenceId);
}
