package vn.tochuc.danhgia.rating;

/**
 * Self-assessments: the unit of a subject scores it against the approved framework, saves drafts and submits with a
 * signer; the Board reads. The answer carries the total and the level the cycle's rule set derives, with its reasons.
 * Failures are {@link vn.tochuc.danhgia.kernel.AppException}s.
 */
public interface SelfAssessmentService {

    SelfAssessmentView get(long subjectId);

    /**
     * Saves the draft.
     *
     * @throws vn.tochuc.danhgia.kernel.AppException INVALID naming each bad criterion or target (points outside
     *         0..max or not in the rule set's steps); CONFLICT for a stale version, a submitted self-assessment, a
     *         blocked subject or a passed deadline; FORBIDDEN for another unit's subject
     */
    SelfAssessmentView save(long subjectId, SelfAssessmentEdit edit);

    /**
     * Submits it: every criterion scored and every target's outcome declared, a signer given.
     *
     * @throws vn.tochuc.danhgia.kernel.AppException as {@link #save}, and INVALID naming what is missing
     */
    SelfAssessmentReceipt submit(long subjectId, SignRequest request);
}
