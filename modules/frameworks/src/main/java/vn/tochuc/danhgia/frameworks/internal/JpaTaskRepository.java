package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.frameworks.domain.FrameworkTask;
import vn.tochuc.danhgia.frameworks.domain.TaskRepository;

@ApplicationScoped
public class JpaTaskRepository implements TaskRepository {

    @PersistenceContext(unitName = "frameworks")
    EntityManager em;

    @Override
    public Optional<FrameworkTask> find(long consultationId) {
        return Optional.ofNullable(em.find(FrameworkTask.class, consultationId));
    }

    @Override
    public List<FrameworkTask> findAll(Collection<Long> consultationIds) {
        if (consultationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from FrameworkTask t where t.consultationId in :ids", FrameworkTask.class)
                .setParameter("ids", consultationIds).getResultList();
    }

    @Override
    public void add(FrameworkTask task) {
        em.persist(task);
    }

    @Override
    public void remove(FrameworkTask task) {
        em.remove(task);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
