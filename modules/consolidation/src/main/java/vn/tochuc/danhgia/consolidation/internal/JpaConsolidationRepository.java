package vn.tochuc.danhgia.consolidation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tochuc.danhgia.consolidation.domain.Consolidation;
import vn.tochuc.danhgia.consolidation.domain.ConsolidationRepository;
import vn.tochuc.danhgia.consolidation.domain.Disposition;
import vn.tochuc.danhgia.consolidation.domain.DispositionGroup;

@ApplicationScoped
public class JpaConsolidationRepository implements ConsolidationRepository {

    /** Ids per IN list: MariaDB takes far more, but a few thousand keeps statements small. */
    private static final int CHUNK = 1000;

    @PersistenceContext(unitName = "consolidation")
    EntityManager em;

    @Override
    public Optional<Consolidation> find(long consultationId) {
        return Optional.ofNullable(em.find(Consolidation.class, consultationId));
    }

    /**
     * A locking read of a row that does not exist takes a gap lock, and two such readers then deadlock on their
     * inserts; {@code INSERT … ON DUPLICATE KEY UPDATE} takes the row's exclusive lock at once, existing or not.
     */
    @Override
    public Consolidation lock(long consultationId, long documentId, long sourceVersionId, String by) {
        Consolidation found = em.find(Consolidation.class, consultationId);
        if (found != null) {
            em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
            return found;
        }
        em.createNativeQuery("INSERT INTO consolidation (consultation_id, document_id, source_version_id, created_at,"
                + " created_by, version) VALUES (?, ?, ?, ?, ?, 0)"
                + " ON DUPLICATE KEY UPDATE consultation_id = consultation_id")
                .setParameter(1, consultationId).setParameter(2, documentId).setParameter(3, sourceVersionId)
                .setParameter(4, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)).setParameter(5, by)
                .executeUpdate();
        return em.find(Consolidation.class, consultationId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<Long> consultationsOf(long documentId) {
        return em.createQuery("select k.consultationId from Consolidation k where k.documentId = :d order by"
                + " k.consultationId", Long.class).setParameter("d", documentId).getResultList();
    }

    @Override
    public List<Disposition> dispositions(long consultationId) {
        return em.createQuery("select d from Disposition d where d.consultationId = :c", Disposition.class)
                .setParameter("c", consultationId).getResultList();
    }

    @Override
    public List<Disposition> decisions(long consultationId) {
        return em.createQuery("select d from Disposition d where d.consultationId = :c", Disposition.class)
                .setParameter("c", consultationId).setHint("eclipselink.read-only", "true").getResultList();
    }

    @Override
    public List<Object[]> tally(long consultationId) {
        return em.createQuery("select d.decision, d.state, count(d) from Disposition d where d.consultationId = :c"
                + " group by d.decision, d.state", Object[].class).setParameter("c", consultationId).getResultList();
    }

    @Override
    public List<Disposition> withGroups(long consultationId, Collection<Long> commentIds) {
        Map<Long, Disposition> found = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(commentIds)) {
            em.createQuery("select d from Disposition d where d.consultationId = :c and d.commentId in :ids",
                    Disposition.class).setParameter("c", consultationId).setParameter("ids", chunk)
                    .getResultList().forEach(d -> found.put(d.commentId(), d));
        }
        Set<Long> groups = found.values().stream().map(Disposition::groupId).filter(g -> g != null)
                .collect(Collectors.toSet());
        for (List<Long> chunk : chunks(groups)) {
            em.createQuery("select d from Disposition d where d.groupId in :g", Disposition.class)
                    .setParameter("g", chunk).getResultList().forEach(d -> found.putIfAbsent(d.commentId(), d));
        }
        return new ArrayList<>(found.values());
    }

    @Override
    public void add(Disposition disposition) {
        em.persist(disposition);
    }

    @Override
    public DispositionGroup newGroup(long consultationId, String by) {
        DispositionGroup group = new DispositionGroup(consultationId, Instant.now(), by);
        em.persist(group);
        em.flush();
        return group;
    }

    @Override
    public void flush() {
        em.flush();
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }
}
