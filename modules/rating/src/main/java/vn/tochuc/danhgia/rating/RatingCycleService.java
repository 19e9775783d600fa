package vn.tochuc.danhgia.rating;

import java.util.List;

/**
 * Rating cycles: the Board opens one per year; its subjects are built at opening from that year's approved frameworks.
 * Failures are {@link vn.tochuc.danhgia.kernel.AppException}s.
 */
public interface RatingCycleService {

    /**
     * Opens the year's cycle with the rule set the year uses, and builds its subjects.
     *
     * @throws vn.tochuc.danhgia.kernel.AppException INVALID for a missing year or deadline, deadlines out of order or
     *         a year without a rule set; CONFLICT when the year already has a cycle
     */
    RatingCycleView open(RatingCycleDraft draft);

    /** The cycles, newest year first; only the given year's when {@code year} is not null. */
    List<RatingCycleView> list(Integer year);

    RatingCycleView get(long id);

    /** The cycle's subjects: every one for the Board, the caller's own unit's for a unit user. */
    List<RatingSubjectView> subjects(long cycleId);

    /**
     * Extends the self-assessment deadline for one unit (Board).
     *
     * @throws vn.tochuc.danhgia.kernel.AppException INVALID when {@code until} is missing or not after the cycle's
     *         deadline; NOT_FOUND for a unit without subjects in the cycle
     */
    ExtensionView extend(long cycleId, String unitCode, ExtensionRequest request);
}
