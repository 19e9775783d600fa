package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.criteria.domain.Snapshot;
import vn.tochuc.danhgia.criteria.domain.SnapshotRepository;
import vn.tochuc.danhgia.criteria.domain.SnapshotUse;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

@ApplicationScoped
public class JpaSnapshotRepository implements SnapshotRepository {

    @PersistenceContext(unitName = "criteria")
    EntityManager em;

    @Override
    public Optional<Snapshot> find(long id) {
        return Optional.ofNullable(em.find(Snapshot.class, id));
    }

    @Override
    public Optional<Snapshot> find(String pluginId, String version, SubjectType subjectType) {
        return em.createQuery("select s from Snapshot s where s.pluginId = :id and s.pluginVersion = :version"
                + " and s.subjectType = :subject", Snapshot.class).setParameter("id", pluginId)
                .setParameter("version", version).setParameter("subject", subjectType).getResultStream().findFirst();
    }

    @Override
    public Optional<Snapshot> usedBy(String usedBy, SubjectType subjectType) {
        return em.createQuery("select s from Snapshot s, SnapshotUse u where u.snapshotId = s.id"
                + " and u.usedBy = :usedBy and s.subjectType = :subject order by u.id", Snapshot.class)
                .setParameter("usedBy", usedBy).setParameter("subject", subjectType).getResultStream().findFirst();
    }

    @Override
    public void add(Snapshot snapshot) {
        em.persist(snapshot);
    }

    @Override
    public boolean hasUse(long snapshotId, String usedBy) {
        return em.createQuery("select count(u) from SnapshotUse u where u.snapshotId = :id and u.usedBy = :usedBy",
                Long.class).setParameter("id", snapshotId).setParameter("usedBy", usedBy).getSingleResult() > 0;
    }

    @Override
    public void add(SnapshotUse use) {
        em.persist(use);
    }

    @Override
    public void removeUse(long snapshotId, String usedBy) {
        em.createQuery("delete from SnapshotUse u where u.snapshotId = :id and u.usedBy = :usedBy")
                .setParameter("id", snapshotId).setParameter("usedBy", usedBy).executeUpdate();
    }

    @Override
    public long snapshotsOf(String pluginId, String version) {
        return em.createQuery("select count(s) from Snapshot s where s.pluginId = :id and s.pluginVersion = :version",
                Long.class).setParameter("id", pluginId).setParameter("version", version).getSingleResult();
    }

    @Override
    public Map<String, Long> usesByVersion() {
        Map<String, Long> uses = new HashMap<>();
        em.createQuery("select s.pluginId, s.pluginVersion, count(u) from Snapshot s, SnapshotUse u"
                + " where u.snapshotId = s.id group by s.pluginId, s.pluginVersion", Object[].class)
                .getResultList().forEach(r -> uses.put(r[0] + "@" + r[1], (Long) r[2]));
        return uses;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
