package vn.tochuc.danhgia.rating;

import java.util.List;

/**
 * The Board's appraisal (thẩm định) and proposals, within the quota. Board only. Failures are
 * {@link vn.tochuc.danhgia.kernel.AppException}s.
 */
public interface AppraisalService {

    /**
     * Records the appraisal of a submitted self-assessment and the proposed level.
     *
     * @throws vn.tochuc.danhgia.kernel.AppException INVALID for bad points, a change without its reason or no proposed
     *         level; CONFLICT for a stale version, a self-assessment not submitted, a proposal over the group's quota
     *         (naming the group and the numbers), or a chief proposed above (or before) the collective
     */
    AppraisalView appraise(long subjectId, AppraisalEdit edit);

    AppraisalView get(long subjectId);

    /**
     * A second Board member confirms the proposal as it stands ({@code version} as read).
     *
     * @throws vn.tochuc.danhgia.kernel.AppException CONFLICT when the caller made the appraisal, for a stale version or
     *         one already confirmed; NOT_FOUND when the subject has no appraisal
     */
    AppraisalView confirm(long subjectId, long version);

    /** The quota of every group and category that has subjects to rate in the cycle. */
    List<QuotaRow> quota(long cycleId);
}
