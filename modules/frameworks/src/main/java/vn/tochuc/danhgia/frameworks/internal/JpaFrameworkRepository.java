package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.frameworks.domain.Approval;
import vn.tochuc.danhgia.frameworks.domain.FrameworkRepository;
import vn.tochuc.danhgia.frameworks.domain.ReviewRound;
import vn.tochuc.danhgia.frameworks.domain.UnitFramework;

@ApplicationScoped
public class JpaFrameworkRepository implements FrameworkRepository {

    @PersistenceContext(unitName = "frameworks")
    EntityManager em;

    @Override
    public Optional<UnitFramework> find(long id) {
        return Optional.ofNullable(em.find(UnitFramework.class, id));
    }

    @Override
    public Optional<UnitFramework> findForUpdate(long id) {
        return Optional.ofNullable(em.find(UnitFramework.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<UnitFramework> find(String unitCode, int year, SubjectType subjectType, Long personId) {
        return em.createQuery("select f from UnitFramework f where f.unitCode = :unit and f.year = :year"
                + " and f.subjectType = :subject and f.personKey = :person", UnitFramework.class)
                .setParameter("unit", unitCode).setParameter("year", year).setParameter("subject", subjectType)
                .setParameter("person", personId == null ? 0L : personId).getResultStream().findFirst();
    }

    @Override
    public List<UnitFramework> ofUnit(String unitCode, int year) {
        return em.createQuery("select f from UnitFramework f where f.unitCode = :unit and f.year = :year"
                + " order by f.id", UnitFramework.class)
                .setParameter("unit", unitCode).setParameter("year", year).getResultList();
    }

    @Override
    public List<UnitFramework> ofYear(int year) {
        return em.createQuery("select f from UnitFramework f where f.year = :year order by f.unitCode, f.id",
                UnitFramework.class).setParameter("year", year).getResultList();
    }

    @Override
    public List<UnitFramework> ofPerson(long personId) {
        return em.createQuery("select f from UnitFramework f where f.personId = :person", UnitFramework.class)
                .setParameter("person", personId).getResultList();
    }

    @Override
    public void add(UnitFramework framework) {
        em.persist(framework);
    }

    @Override
    public void remove(UnitFramework framework) {
        em.remove(framework);
    }

    @Override
    public List<ReviewRound> rounds(long frameworkId) {
        return em.createQuery("select r from ReviewRound r where r.frameworkId = :id order by r.number",
                ReviewRound.class).setParameter("id", frameworkId).getResultList();
    }

    @Override
    public Map<Long, ReviewRound> lastRounds(Collection<Long> frameworkIds) {
        Map<Long, ReviewRound> last = new HashMap<>();
        if (frameworkIds.isEmpty()) {
            return last;
        }
        em.createQuery("select r from ReviewRound r where r.frameworkId in :ids order by r.number", ReviewRound.class)
                .setParameter("ids", frameworkIds).getResultList().forEach(r -> last.put(r.frameworkId(), r));
        return last;
    }

    @Override
    public void add(ReviewRound round) {
        em.persist(round);
    }

    @Override
    public Optional<Approval> approval(long frameworkId) {
        return Optional.ofNullable(em.find(Approval.class, frameworkId));
    }

    @Override
    public Map<Long, Approval> approvals(Collection<Long> frameworkIds) {
        Map<Long, Approval> all = new HashMap<>();
        if (frameworkIds.isEmpty()) {
            return all;
        }
        em.createQuery("select a from Approval a where a.frameworkId in :ids", Approval.class)
                .setParameter("ids", frameworkIds).getResultList().forEach(a -> all.put(a.frameworkId(), a));
        return all;
    }

    @Override
    public void add(Approval approval) {
        em.persist(approval);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
