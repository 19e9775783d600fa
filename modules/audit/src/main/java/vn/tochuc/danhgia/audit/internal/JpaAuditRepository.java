package vn.tochuc.danhgia.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditQuery;
import vn.tochuc.danhgia.audit.AuditRecord;
import vn.tochuc.danhgia.audit.domain.AuditEntry;
import vn.tochuc.danhgia.audit.domain.AuditRepository;
import vn.tochuc.danhgia.kernel.Page;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public Page<AuditRecord> search(AuditQuery q) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            where.add("e.actor = :actor");
            params.put("actor", q.actor().trim());
        }
        if (q.action() != null && !q.action().isBlank()) {
            where.add("e.action = :action");
            params.put("action", q.action().trim());
        }
        if (q.entityType() != null && !q.entityType().isBlank()) {
            where.add("e.entityType = :entityType");
            params.put("entityType", q.entityType().trim());
        }
        if (q.entityId() != null && !q.entityId().isBlank()) {
            where.add("e.entityId = :entityId");
            params.put("entityId", q.entityId().trim());
        }
        if (q.from() != null) {
            where.add("e.at >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            where.add("e.at < :to");
            params.put("to", q.to());
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + filter, Long.class);
        TypedQuery<AuditEntry> rows = em.createQuery(
                "select e from AuditEntry e" + filter + " order by e.at desc, e.id desc", AuditEntry.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<AuditRecord> items = rows.setFirstResult(q.page() * q.size()).setMaxResults(q.size())
                .getResultList().stream().map(AuditEntry::toRecord).toList();
        return new Page<>(items, count.getSingleResult(), q.page(), q.size());
    }
}
