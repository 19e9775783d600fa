package vn.tochuc.danhgia.consultations.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores consultations, recipients, answers, submissions and reminders. */
public interface ConsultationRepository {

    void add(Object entity);

    void flush();

    Optional<Consultation> find(long id);

    Optional<Consultation> findForUpdate(long id);

    List<Consultation> all();

    List<Consultation> open();

    /** Published consultations (not drafts) sent to the unit, newest first. */
    List<Consultation> forUnit(String unitCode);

    List<Recipient> recipients(long consultationId);

    Optional<Recipient> recipient(long consultationId, String unitCode);

    Optional<Answer> answer(long consultationId, String unitCode);

    Optional<Answer> answerForUpdate(long consultationId, String unitCode);

    List<Submission> submissions(long consultationId, String unitCode);

    /** The current (not withdrawn) submissions of a consultation. */
    List<Submission> currentSubmissions(long consultationId);

    Optional<Submission> currentSubmission(long consultationId, String unitCode);

    List<SubmissionComment> commentsOf(Collection<Long> submissionIds);

    Optional<SubmissionComment> submissionComment(long id);

    Optional<Submission> submission(long id);

    /** Units whose answer row exists and is a draft (for the tracking status). */
    List<String> unitsWithDraft(long consultationId);

    List<Reminder> reminders(long consultationId);

    boolean remindedOn(long consultationId, String unitCode, LocalDate day);
}
