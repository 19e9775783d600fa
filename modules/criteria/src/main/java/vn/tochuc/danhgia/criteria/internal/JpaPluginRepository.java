package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.criteria.domain.PluginRecord;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;
import vn.tochuc.danhgia.criteria.domain.VersionFramework;

@ApplicationScoped
public class JpaPluginRepository implements PluginRepository {

    @PersistenceContext(unitName = "criteria")
    EntityManager em;

    @Override
    public Optional<PluginRecord> plugin(String pluginId) {
        return pluginId == null ? Optional.empty() : Optional.ofNullable(em.find(PluginRecord.class, pluginId));
    }

    @Override
    public List<PluginRecord> plugins() {
        return em.createQuery("select p from PluginRecord p order by p.pluginId", PluginRecord.class)
                .getResultList();
    }

    @Override
    public void add(PluginRecord plugin) {
        em.persist(plugin);
    }

    @Override
    public void remove(PluginRecord plugin) {
        em.remove(plugin);
    }

    @Override
    public List<PluginVersion> versions(String pluginId) {
        return em.createQuery("select v from PluginVersion v where v.pluginId = :id", PluginVersion.class)
                .setParameter("id", pluginId).getResultList();
    }

    @Override
    public List<PluginVersion> allVersions() {
        return em.createQuery("select v from PluginVersion v", PluginVersion.class).getResultList();
    }

    @Override
    public Optional<PluginVersion> version(String pluginId, String version) {
        return em.createQuery("select v from PluginVersion v where v.pluginId = :id and v.version = :version",
                PluginVersion.class).setParameter("id", pluginId).setParameter("version", version)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<PluginVersion> versionBySha(String sha256) {
        return em.createQuery("select v from PluginVersion v where v.sha256 = :sha", PluginVersion.class)
                .setParameter("sha", sha256).getResultStream().findFirst();
    }

    @Override
    public long countBySha(String sha256) {
        return em.createQuery("select count(v) from PluginVersion v where v.sha256 = :sha", Long.class)
                .setParameter("sha", sha256).getSingleResult();
    }

    @Override
    public void add(PluginVersion version) {
        em.persist(version);
    }

    @Override
    public void remove(PluginVersion version) {
        em.createQuery("delete from VersionFramework f where f.versionId = :id").setParameter("id", version.id())
                .executeUpdate();
        em.remove(version);
    }

    @Override
    public void add(VersionFramework framework) {
        em.persist(framework);
    }

    @Override
    public List<VersionFramework> frameworks(long versionId) {
        return em.createQuery("select f from VersionFramework f where f.versionId = :id", VersionFramework.class)
                .setParameter("id", versionId).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
