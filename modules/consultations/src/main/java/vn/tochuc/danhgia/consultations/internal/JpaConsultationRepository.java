package vn.tochuc.danhgia.consultations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.consultations.domain.Answer;
import vn.tochuc.danhgia.consultations.domain.Consultation;
import vn.tochuc.danhgia.consultations.domain.ConsultationRepository;
import vn.tochuc.danhgia.consultations.domain.Recipient;
import vn.tochuc.danhgia.consultations.domain.Reminder;
import vn.tochuc.danhgia.consultations.domain.Submission;
import vn.tochuc.danhgia.consultations.domain.SubmissionComment;

@ApplicationScoped
public class JpaConsultationRepository implements ConsultationRepository {

    @PersistenceContext(unitName = "consultations")
    EntityManager em;

    @Override
    public void add(Object entity) {
        em.persist(entity);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Consultation> find(long id) {
        return Optional.ofNullable(em.find(Consultation.class, id));
    }

    @Override
    public Optional<Consultation> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Consultation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Consultation> all() {
        return em.createQuery("select c from Consultation c order by c.id desc", Consultation.class).getResultList();
    }

    @Override
    public List<Consultation> open() {
        return em.createQuery("select c from Consultation c where c.state = :s", Consultation.class)
                .setParameter("s", ConsultationState.OPEN).getResultList();
    }

    @Override
    public List<Consultation> forUnit(String unitCode) {
        return em.createQuery("select c from Consultation c, Recipient r where r.consultationId = c.id"
                + " and r.unitCode = :u and c.state <> :draft order by c.id desc", Consultation.class)
                .setParameter("u", unitCode).setParameter("draft", ConsultationState.DRAFT).getResultList();
    }

    @Override
    public List<Recipient> recipients(long consultationId) {
        return em.createQuery("select r from Recipient r where r.consultationId = :c order by r.groupCode, r.id",
                Recipient.class).setParameter("c", consultationId).getResultList();
    }

    @Override
    public Optional<Recipient> recipient(long consultationId, String unitCode) {
        return em.createQuery("select r from Recipient r where r.consultationId = :c and r.unitCode = :u",
                Recipient.class).setParameter("c", consultationId).setParameter("u", unitCode)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Answer> answer(long consultationId, String unitCode) {
        return em.createQuery("select a from Answer a where a.consultationId = :c and a.unitCode = :u", Answer.class)
                .setParameter("c", consultationId).setParameter("u", unitCode).getResultStream().findFirst();
    }

    /**
     * Locks by primary key, after a plain read: a locking read of a row that does not exist yet would take a gap lock
     * on the unique key, and fifty units creating their answers at once would deadlock on those gaps.
     */
    @Override
    public Optional<Answer> answerForUpdate(long consultationId, String unitCode) {
        Optional<Answer> found = answer(consultationId, unitCode);
        found.ifPresent(a -> em.refresh(a, LockModeType.PESSIMISTIC_WRITE));
        return found;
    }

    @Override
    public List<Submission> submissions(long consultationId, String unitCode) {
        return em.createQuery("select s from Submission s where s.consultationId = :c and s.unitCode = :u"
                + " order by s.seq desc", Submission.class).setParameter("c", consultationId)
                .setParameter("u", unitCode).getResultList();
    }

    @Override
    public List<Submission> currentSubmissions(long consultationId) {
        return em.createQuery("select s from Submission s where s.consultationId = :c and s.withdrawnAt is null",
                Submission.class).setParameter("c", consultationId).getResultList();
    }

    @Override
    public Optional<Submission> currentSubmission(long consultationId, String unitCode) {
        return em.createQuery("select s from Submission s where s.consultationId = :c and s.unitCode = :u"
                + " and s.withdrawnAt is null", Submission.class).setParameter("c", consultationId)
                .setParameter("u", unitCode).getResultStream().findFirst();
    }

    @Override
    public List<SubmissionComment> commentsOf(Collection<Long> submissionIds) {
        if (submissionIds.isEmpty()) {
            return List.of();
        }
        // Read-only: snapshots never change, and the consolidation reads thousands of them at once; not registering
        // them in the transaction's unit of work saves a copy and a change check per row.
        return em.createQuery("select c from SubmissionComment c where c.submissionId in :ids"
                + " order by c.nodeOrder, c.unitCode, c.position", SubmissionComment.class)
                .setParameter("ids", submissionIds).setHint("eclipselink.read-only", "true").getResultList();
    }

    @Override
    public Optional<SubmissionComment> submissionComment(long id) {
        return Optional.ofNullable(em.find(SubmissionComment.class, id));
    }

    @Override
    public Optional<Submission> submission(long id) {
        return Optional.ofNullable(em.find(Submission.class, id));
    }

    @Override
    public List<String> unitsWithDraft(long consultationId) {
        return em.createQuery("select a.unitCode from Answer a where a.consultationId = :c and a.state = :s",
                String.class).setParameter("c", consultationId).setParameter("s", Answer.State.DRAFT).getResultList();
    }

    @Override
    public List<Reminder> reminders(long consultationId) {
        return em.createQuery("select r from Reminder r where r.consultationId = :c order by r.sentAt", Reminder.class)
                .setParameter("c", consultationId).getResultList();
    }

    @Override
    public boolean remindedOn(long consultationId, String unitCode, LocalDate day) {
        return !em.createQuery("select r.id from Reminder r where r.consultationId = :c and r.unitCode = :u"
                + " and r.sentOn = :d", Long.class).setParameter("c", consultationId).setParameter("u", unitCode)
                .setParameter("d", day).setMaxResults(1).getResultList().isEmpty();
    }
}
