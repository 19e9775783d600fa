package vn.tochuc.danhgia.consolidation;

import java.time.LocalDate;
import vn.tochuc.danhgia.consultations.ConsultationState;

/**
 * Where the consolidation of a consultation is.
 *
 * @param consultationState CLOSED while the Board decides, CONSOLIDATED once all decisions are approved and the
 *     Board closed the work
 * @param sourceVersionId the version the units commented on ("Dự thảo lần 1")
 * @param revisedVersionId the next version being written ("Dự thảo lần 2"), or null before it is started
 * @param issuedVersionId the version issued (ban hành), or null
 * @param canDecide decisions may be made or changed now (consultation CLOSED, nothing issued)
 * @param canConsolidate every comment's decision is approved and the consultation is still CLOSED
 * @param canIssue the consultation is CONSOLIDATED and nothing is issued yet
 */
public record ConsolidationView(long consultationId, String title, String reference, ConsultationState consultationState,
        long documentId, long sourceVersionId, String sourceVersionLabel, Long revisedVersionId,
        String revisedVersionLabel, Long revisedVersionLock, Progress progress, Long issuedVersionId,
        String issuedNumber, LocalDate issuedOn, boolean canDecide, boolean canConsolidate, boolean canIssue) {

    public boolean issued() {
        return issuedNumber != null;
    }
}
