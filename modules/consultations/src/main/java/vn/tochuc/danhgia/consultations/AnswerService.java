package vn.tochuc.danhgia.consultations;

import java.util.List;

/**
 * A recipient unit's answer. Every method acts for the caller's own unit (a UNIT user): there is no way to name
 * another unit, so no unit can read or change another unit's answer, draft or submitted.
 */
public interface AnswerService {

    /** The unit's answer (version 0 and empty before the first save). */
    AnswerView mine(long consultationId);

    /** Saves the whole draft; {@code draft.version()} must be the version read (else 409). */
    AnswerView save(long consultationId, AnswerDraft draft);

    /** Submits the saved draft, signed; after the deadline only when late answers are allowed (marked late). */
    Receipt submit(long consultationId, Signer signer);

    /** Takes back the current submission before the deadline; it is kept, and the draft is editable again. */
    AnswerView withdraw(long consultationId);

    /** Every submission of the unit, newest first, withdrawn ones included. */
    List<Receipt> submissions(long consultationId);

    /**
     * The unit's official answer, its current submission as signed, as a Word document (Vietnamese).
     *
     * @throws vn.tochuc.danhgia.kernel.AppException NOT_FOUND when nothing is submitted (or it was withdrawn)
     */
    byte[] officialDocx(long consultationId);
}
