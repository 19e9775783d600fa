package vn.tochuc.danhgia.rating.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.rating.SubjectState;

/** Cycles, their subjects, self-assessments and extensions. */
public interface RatingRepository {

    Optional<RatingCycle> cycle(long id);

    Optional<RatingCycle> cycleOfYear(int year);

    /** Newest year first; one year's only when {@code year} is not null. */
    List<RatingCycle> cycles(Integer year);

    void add(RatingCycle cycle);

    void add(RatingSubject subject);

    void add(SelfAssessment assessment);

    Optional<RatingSubject> subject(long id);

    /** A cycle's subjects by unit, then collective, chief, deputies; one unit's only when {@code unitCode} is given. */
    List<RatingSubject> subjects(long cycleId, String unitCode);

    /** How many subjects the cycle has, and how many of them are blocked. */
    long[] counts(long cycleId);

    /** The state of each subject's self-assessment in a cycle (blocked subjects have none). */
    Map<Long, SubjectState> states(long cycleId);

    Optional<SelfAssessment> selfAssessment(long subjectId);

    /** The same, locked for update (submit, save). */
    Optional<SelfAssessment> selfAssessmentForUpdate(long subjectId);

    Optional<Extension> extension(long cycleId, String unitCode);

    void add(Extension extension);

    Optional<Appraisal> appraisal(long subjectId);

    void add(Appraisal appraisal);

    /** Every subject of the cycle that is not blocked, with its proposed level if appraised. */
    List<Proposal> proposals(long cycleId);

    /** Locks the cycle row, so that proposals checked against its quota are made one at a time. */
    void lock(RatingCycle cycle);

    void flush();
}
