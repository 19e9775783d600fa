package vn.tochuc.danhgia.units.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.kernel.Page;
import vn.tochuc.danhgia.units.UnitQuery;
import vn.tochuc.danhgia.units.domain.Unit;
import vn.tochuc.danhgia.units.domain.UnitGroup;
import vn.tochuc.danhgia.units.domain.UnitRepository;

@ApplicationScoped
public class JpaUnitRepository implements UnitRepository {

    private static final Map<String, String> SORTS = Map.of(
            "code", "u.code", "name", "u.name", "group", "u.groupCode", "active", "u.active");

    @PersistenceContext(unitName = "units")
    EntityManager em;

    @Override
    public Optional<Unit> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from Unit u where u.code = :code", Unit.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<Unit> findForUpdate(String code) {
        return find(code);
    }

    @Override
    public Page<Unit> search(UnitQuery q) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (q.text() != null && !q.text().isBlank()) {
            where.add("(u.code like :text or u.name like :text)");
            params.put("text", "%" + q.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.group() != null && !q.group().isBlank()) {
            where.add("u.groupCode = :group");
            params.put("group", q.group());
        }
        if (q.active() != null) {
            where.add("u.active = :active");
            params.put("active", q.active());
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String order = SORTS.getOrDefault(q.sort() == null ? "code" : q.sort(), "u.code")
                + (q.descending() ? " desc" : " asc") + ", u.code asc";
        TypedQuery<Long> count = em.createQuery("select count(u) from Unit u" + filter, Long.class);
        TypedQuery<Unit> rows = em.createQuery("select u from Unit u" + filter + " order by " + order, Unit.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        List<Unit> items = rows.setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList();
        return new Page<>(items, count.getSingleResult(), q.page(), q.size());
    }

    @Override
    public List<Unit> all() {
        return em.createQuery("select u from Unit u order by u.groupCode, u.sortOrder, u.code", Unit.class)
                .getResultList();
    }

    @Override
    public List<Unit> activeInGroups(Collection<String> groupCodes) {
        if (groupCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from Unit u where u.active = true and u.groupCode in :groups"
                + " order by u.groupCode, u.sortOrder, u.code", Unit.class)
                .setParameter("groups", groupCodes).getResultList();
    }

    @Override
    public List<Unit> activeChildren(String parentCode) {
        return em.createQuery("select u from Unit u where u.active = true and u.parentCode = :parent", Unit.class)
                .setParameter("parent", parentCode).getResultList();
    }

    @Override
    public void add(Unit unit) {
        em.persist(unit);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<UnitGroup> findGroup(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(UnitGroup.class, code));
    }

    @Override
    public List<UnitGroup> groups() {
        return em.createQuery("select g from UnitGroup g order by g.sortOrder, g.code", UnitGroup.class)
                .getResultList();
    }

    @Override
    public Map<String, Long> activeCountByGroup() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select u.groupCode, count(u) from Unit u where u.active = true group by u.groupCode",
                Object[].class).getResultList().forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }

    @Override
    public void addGroup(UnitGroup group) {
        em.persist(group);
    }
}
