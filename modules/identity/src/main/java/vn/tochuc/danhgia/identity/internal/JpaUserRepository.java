package vn.tochuc.danhgia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.identity.UserQuery;
import vn.tochuc.danhgia.identity.domain.UserAccount;
import vn.tochuc.danhgia.identity.domain.UserRepository;
import vn.tochuc.danhgia.kernel.Page;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public Optional<UserAccount> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username.trim().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public Page<UserAccount> search(UserQuery q) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (q.text() != null && !q.text().isBlank()) {
            where.add("(u.username like :t or u.fullName like :t or u.email like :t)");
            params.put("t", "%" + q.text().trim().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.role() != null) {
            where.add("concat(',', u.roles, ',') like :role");
            params.put("role", "%," + q.role().name() + ",%");
        }
        if (q.unitCode() != null && !q.unitCode().isBlank()) {
            where.add("u.unitCode = :unit");
            params.put("unit", q.unitCode().trim().toUpperCase(Locale.ROOT));
        }
        if (q.active() != null) {
            where.add("u.active = :active");
            params.put("active", q.active());
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<Long> count = em.createQuery("select count(u) from UserAccount u" + filter, Long.class);
        TypedQuery<UserAccount> rows = em.createQuery(
                "select u from UserAccount u" + filter + " order by u.username", UserAccount.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        List<UserAccount> items = rows.setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList();
        return new Page<>(items, count.getSingleResult(), q.page(), q.size());
    }

    @Override
    public List<UserAccount> activeUnitUsers(Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from UserAccount u where u.active = true and u.unitCode in :units"
                + " and concat(',', u.roles, ',') like '%,UNIT,%' order by u.unitCode, u.username", UserAccount.class)
                .setParameter("units", unitCodes).getResultList();
    }

    @Override
    public List<UserAccount> activeWithRole(Role role) {
        return em.createQuery("select u from UserAccount u where u.active = true"
                + " and concat(',', u.roles, ',') like :role order by u.username", UserAccount.class)
                .setParameter("role", "%," + role.name() + ",%").getResultList();
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
