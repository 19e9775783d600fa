package vn.tochuc.danhgia.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.notifications.domain.InAppNotice;
import vn.tochuc.danhgia.notifications.domain.NoticeRepository;
import vn.tochuc.danhgia.notifications.domain.OutboxMail;

@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    @Override
    public void add(InAppNotice notice) {
        em.persist(notice);
    }

    @Override
    public void add(OutboxMail mail) {
        em.persist(mail);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<InAppNotice> newestFor(String username, int max) {
        return em.createQuery("select n from InAppNotice n where n.username = :u order by n.createdAt desc, n.id desc",
                InAppNotice.class).setParameter("u", username).setMaxResults(max).getResultList();
    }

    @Override
    public long unreadFor(String username) {
        return em.createQuery("select count(n) from InAppNotice n where n.username = :u and n.readAt is null",
                Long.class).setParameter("u", username).getSingleResult();
    }

    @Override
    public Optional<InAppNotice> find(long id) {
        return Optional.ofNullable(em.find(InAppNotice.class, id));
    }

    @Override
    public int markAllRead(String username, Instant now) {
        return em.createQuery("update InAppNotice n set n.readAt = :now where n.username = :u and n.readAt is null")
                .setParameter("now", now).setParameter("u", username).executeUpdate();
    }

    @Override
    public long countFor(String reference, String unitCode) {
        return em.createQuery("select count(n) from InAppNotice n where n.reference = :r and n.unitCode = :c",
                Long.class).setParameter("r", reference).setParameter("c", unitCode).getSingleResult();
    }

    @Override
    public Optional<OutboxMail> mailForUpdate(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<OutboxMail> caught(int max) {
        return em.createQuery("select m from OutboxMail m where m.state = :s order by m.sentAt desc, m.id desc",
                OutboxMail.class).setParameter("s", OutboxMail.State.CAUGHT).setMaxResults(max).getResultList();
    }

    @Override
    public List<Long> pendingBefore(Instant before, int max) {
        return em.createQuery("select m.id from OutboxMail m where m.state = :s and m.createdAt < :t order by m.id",
                Long.class).setParameter("s", OutboxMail.State.PENDING).setParameter("t", before)
                .setMaxResults(max).getResultList();
    }
}
