package vn.tochuc.danhgia.rating.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.rating.SubjectState;
import vn.tochuc.danhgia.rating.domain.Appraisal;
import vn.tochuc.danhgia.rating.domain.Extension;
import vn.tochuc.danhgia.rating.domain.Proposal;
import vn.tochuc.danhgia.rating.domain.RatingCycle;
import vn.tochuc.danhgia.rating.domain.RatingRepository;
import vn.tochuc.danhgia.rating.domain.RatingSubject;
import vn.tochuc.danhgia.rating.domain.SelfAssessment;

@ApplicationScoped
public class JpaRatingRepository implements RatingRepository {

    @PersistenceContext(unitName = "rating")
    EntityManager em;

    @Override
    public Optional<RatingCycle> cycle(long id) {
        return Optional.ofNullable(em.find(RatingCycle.class, id));
    }

    @Override
    public Optional<RatingCycle> cycleOfYear(int year) {
        return em.createQuery("select c from RatingCycle c where c.year = :year", RatingCycle.class)
                .setParameter("year", year).getResultStream().findFirst();
    }

    @Override
    public List<RatingCycle> cycles(Integer year) {
        return em.createQuery("select c from RatingCycle c where :year is null or c.year = :year"
                + " order by c.year desc", RatingCycle.class).setParameter("year", year).getResultList();
    }

    @Override
    public void add(RatingCycle cycle) {
        em.persist(cycle);
    }

    @Override
    public void add(RatingSubject subject) {
        em.persist(subject);
    }

    @Override
    public void add(SelfAssessment assessment) {
        em.persist(assessment);
    }

    @Override
    public Optional<RatingSubject> subject(long id) {
        return Optional.ofNullable(em.find(RatingSubject.class, id));
    }

    @Override
    public List<RatingSubject> subjects(long cycleId, String unitCode) {
        return em.createQuery("select s from RatingSubject s where s.cycleId = :cycle"
                + " and (:unit is null or s.unitCode = :unit) order by s.unitCode, s.kind, s.id", RatingSubject.class)
                .setParameter("cycle", cycleId).setParameter("unit", unitCode).getResultList();
    }

    @Override
    public long[] counts(long cycleId) {
        Object[] row = em.createQuery("select count(s), sum(case when s.blockedKey is null then 0 else 1 end)"
                + " from RatingSubject s where s.cycleId = :cycle", Object[].class)
                .setParameter("cycle", cycleId).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue()};
    }

    @Override
    public Map<Long, SubjectState> states(long cycleId) {
        Map<Long, SubjectState> states = new HashMap<>();
        em.createQuery("select a.subjectId, a.state from SelfAssessment a, RatingSubject s"
                + " where s.id = a.subjectId and s.cycleId = :cycle", Object[].class)
                .setParameter("cycle", cycleId).getResultList()
                .forEach(row -> states.put(((Number) row[0]).longValue(), (SubjectState) row[1]));
        return states;
    }

    @Override
    public Optional<SelfAssessment> selfAssessment(long subjectId) {
        return Optional.ofNullable(em.find(SelfAssessment.class, subjectId));
    }

    @Override
    public Optional<SelfAssessment> selfAssessmentForUpdate(long subjectId) {
        return Optional.ofNullable(em.find(SelfAssessment.class, subjectId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Extension> extension(long cycleId, String unitCode) {
        return em.createQuery("select e from Extension e where e.cycleId = :cycle and e.unitCode = :unit",
                Extension.class).setParameter("cycle", cycleId).setParameter("unit", unitCode)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Extension extension) {
        em.persist(extension);
    }

    @Override
    public Optional<Appraisal> appraisal(long subjectId) {
        return Optional.ofNullable(em.find(Appraisal.class, subjectId));
    }

    @Override
    public void add(Appraisal appraisal) {
        em.persist(appraisal);
    }

    @Override
    public List<Proposal> proposals(long cycleId) {
        Map<Long, vn.tochuc.danhgia.rating.Level> levels = new HashMap<>();
        em.createQuery("select a.subjectId, a.proposedLevel from Appraisal a, RatingSubject s"
                + " where s.id = a.subjectId and s.cycleId = :cycle", Object[].class)
                .setParameter("cycle", cycleId).getResultList()
                .forEach(row -> levels.put(((Number) row[0]).longValue(), (vn.tochuc.danhgia.rating.Level) row[1]));
        return subjects(cycleId, null).stream().filter(s -> !s.isBlocked())
                .map(s -> new Proposal(s.id(), s.unitCode(), s.groupCode(), s.groupName(), s.kind(),
                        levels.get(s.id()))).toList();
    }

    @Override
    public void lock(RatingCycle cycle) {
        em.lock(cycle, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
