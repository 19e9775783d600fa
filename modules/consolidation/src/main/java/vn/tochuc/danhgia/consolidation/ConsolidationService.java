package vn.tochuc.danhgia.consolidation;

import java.util.Collection;
import java.util.List;
import vn.tochuc.danhgia.documents.StructureEdit;
import vn.tochuc.danhgia.documents.VersionView;

/**
 * The Board's consolidation of a closed consultation: a decision on every submitted comment, approval by a second
 * Board member, the revised draft with each change linked to the comments it answers, the report, and the issue of
 * the final text. Board callers only (403 otherwise). Every change is audited and announced with an event; failures
 * are {@link vn.tochuc.danhgia.kernel.AppException}s.
 *
 * <p>Rules:
 * <ul>
 *   <li>Decisions are made only while the consultation is CLOSED (the comments can no longer change) and nothing is
 *       issued (409 otherwise).</li>
 *   <li>{@link #propose} is all-or-nothing: every row is checked first (unknown comment, missing decision, PARTLY or
 *       EXPLAINED without a response → 400 naming the row); a decision changed since it was read → 409.</li>
 *   <li>A changed decision, approved or not, becomes PROPOSED again by the caller; re-sending the same decision
 *       changes nothing (an approval stays).</li>
 *   <li>{@link #approve} is done by a Board member other than the proposer of each decision (403 otherwise).</li>
 *   <li>{@link #consolidate} moves the consultation to CONSOLIDATED once every comment's decision is approved
 *       (409 otherwise); decisions are then frozen.</li>
 *   <li>{@link #issue} needs a CONSOLIDATED consultation; afterwards the final version, the decisions and the
 *       consultation never change again (409).</li>
 * </ul>
 */
public interface ConsolidationService {

    ConsolidationView overview(long consultationId);

    /** One row per submitted comment, in document order then by unit, with its current decision. */
    List<DispositionView> dispositions(long consultationId);

    /** Records decisions (see the rules above); returns the rows of the comments it touched. */
    List<DispositionView> propose(long consultationId, List<DispositionInput> rows);

    /**
     * Approves decisions. Without approvals listed: every PROPOSED decision proposed by someone else (403 when all
     * of them are the caller's own, 409 when there is nothing to approve).
     */
    ApprovalResult approve(long consultationId, List<Approval> approvals);

    /** CLOSED → CONSOLIDATED, once every comment's decision is approved. */
    ConsolidationView consolidate(long consultationId);

    /** Starts the next version (usually number 2) from the version the units commented on; returns it if started. */
    VersionView startRevision(long consultationId);

    /**
     * One edit of the revised version, linked to the comments it answers (comments of this consultation only, 400
     * otherwise); {@code expectedVersion} is the version's lock version as read.
     */
    VersionView editRevision(long consultationId, StructureEdit edit, long expectedVersion,
            Collection<Long> commentIds);

    /** Replaces the comments a change of the revised version answers. */
    RevisionChange linkChange(long consultationId, long changeId, Collection<Long> commentIds);

    /** The revised version's change log with the comments of each change. */
    List<RevisionChange> changes(long consultationId);

    /** The difference between two versions (by number) of a document, with the comments linked to its changes. */
    RevisionDiff diff(long documentId, int fromNumber, int toNumber);

    ConsolidationReport report(long consultationId);

    byte[] reportDocx(long consultationId);

    byte[] reportXlsx(long consultationId);

    /** Issues (ban hành) the final version (the revised one, or the commented one when none was started). */
    ConsolidationView issue(long consultationId, IssueRequest request);
}
