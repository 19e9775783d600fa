package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.criteria.domain.Assignment;
import vn.tochuc.danhgia.criteria.domain.AssignmentRepository;

@ApplicationScoped
public class JpaAssignmentRepository implements AssignmentRepository {

    @PersistenceContext(unitName = "criteria")
    EntityManager em;

    @Override
    public List<Assignment> ofYear(int year) {
        return em.createQuery("select a from Assignment a where a.evalYear = :year"
                + " order by a.groupCode desc, a.unitCode, a.id", Assignment.class)
                .setParameter("year", year).getResultList();
    }

    @Override
    public List<Assignment> ofPlugin(String pluginId) {
        return em.createQuery("select a from Assignment a where a.pluginId = :id order by a.evalYear, a.id",
                Assignment.class).setParameter("id", pluginId).getResultList();
    }

    @Override
    public Optional<Assignment> find(long id) {
        return Optional.ofNullable(em.find(Assignment.class, id));
    }

    @Override
    public void add(Assignment assignment) {
        em.persist(assignment);
    }

    @Override
    public void remove(Assignment assignment) {
        em.remove(assignment);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
