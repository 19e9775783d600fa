package vn.tochuc.danhgia.consultations;

import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.documents.NodeRef;

/**
 * The Board's side of consultations, and what other modules read. Unit callers may use {@link #list()},
 * {@link #get(long)} and {@link #nodes(long)} for consultations sent to their unit; everything else is the Board's.
 * Every change is audited and announced with an event; failures are {@link vn.tochuc.danhgia.kernel.AppException}s.
 */
public interface ConsultationService {

    /** Creates a consultation in state DRAFT, about the newest version of the document. */
    ConsultationView create(ConsultationDraft draft);

    /** DRAFT → OPEN: freezes the document version and notifies every recipient unit's users (in-app and e-mail). */
    ConsultationView publish(long id);

    /** OPEN → CLOSED: no answer is accepted any more. */
    ConsultationView close(long id);

    /** CLOSED → CONSOLIDATED, for the consolidation work once its report is done. */
    ConsultationView markConsolidated(long id);

    /** A new deadline for all recipients or for one unit (audited); it must be in the future. */
    ConsultationView extend(long id, Extension extension);

    /**
     * Reminds the given units (all recipients that have not submitted when empty), at most once per unit and day.
     *
     * @return the units reminded now
     */
    List<String> remind(long id, List<String> units);

    /** The automatic pass: reminds units that have not submitted, the configured days before their deadline. */
    int sendDueReminders();

    /** For the Board: every consultation; for a unit user: those sent to its unit (not drafts). */
    List<ConsultationView> list();

    /** One consultation; a unit user opening it is recorded as "opened". */
    ConsultationView get(long id);

    /** The nodes of the version asked about, in document order (Board, or a recipient unit once published). */
    List<NodeRef> nodes(long id);

    List<RecipientStatus> status(long id);

    StatusCounts counts(long id);

    /** The tracking list as an .xlsx workbook with Vietnamese headers. */
    byte[] statusWorkbook(long id);

    /** Submitted comments grouped by node in document order, with counts, and the general comments. */
    CommentsByNode comments(long id);

    /** Every comment of every current submission, in document order then by unit. */
    List<SubmittedComment> submittedComments(long id);

    Optional<SubmittedComment> submittedComment(long commentSnapshotId);

    /** The current (not withdrawn) submission of every unit that has one. */
    List<Receipt> currentSubmissions(long id);
}
