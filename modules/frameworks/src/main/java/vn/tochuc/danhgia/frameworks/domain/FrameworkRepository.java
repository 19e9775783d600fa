package vn.tochuc.danhgia.frameworks.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/** Stores unit frameworks, their rounds and approvals. */
public interface FrameworkRepository {

    Optional<UnitFramework> find(long id);

    /** Locks the row for the rest of the transaction, so that two decisions or submissions cannot interleave. */
    Optional<UnitFramework> findForUpdate(long id);

    Optional<UnitFramework> find(String unitCode, int year, SubjectType subjectType, Long personId);

    List<UnitFramework> ofUnit(String unitCode, int year);

    List<UnitFramework> ofYear(int year);

    List<UnitFramework> ofPerson(long personId);

    void add(UnitFramework framework);

    void remove(UnitFramework framework);

    List<ReviewRound> rounds(long frameworkId);

    /** The last round of each of the given frameworks that has one. */
    Map<Long, ReviewRound> lastRounds(Collection<Long> frameworkIds);

    void add(ReviewRound round);

    Optional<Approval> approval(long frameworkId);

    Map<Long, Approval> approvals(Collection<Long> frameworkIds);

    void add(Approval approval);

    void flush();
}
