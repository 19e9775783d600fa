package vn.tochuc.danhgia.consolidation;

import java.time.LocalDate;
import java.util.Locale;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.documents.VersionView;

/**
 * Where the consolidation of a consultation is.
 *
 * @param consultationState CLOSED while the Board decides, CONSOLIDATED once all decisions are approved and the
 *     Board closed the work
 * @param sourceVersionId the version the units commented on (usually number 1)
 * @param sourceVersionNumber its number
 * @param sourceVersionLabel its name in Vietnamese; screens use {@link #sourceVersionLabel(Locale)}
 * @param revisedVersionId the next version being written (usually number 2), or null before it is started
 * @param revisedVersionNumber its number, or null
 * @param revisedVersionLabel its name in Vietnamese, or null; screens use {@link #revisedVersionLabel(Locale)}
 * @param issuedVersionId the version issued (ban hành), or null
 * @param canDecide decisions may be made or changed now (consultation CLOSED, nothing issued)
 * @param canConsolidate every comment's decision is approved and the consultation is still CLOSED
 * @param canIssue the consultation is CONSOLIDATED and nothing is issued yet
 */
public record ConsolidationView(long consultationId, String title, String reference, ConsultationState consultationState,
        long documentId, long sourceVersionId, int sourceVersionNumber, String sourceVersionLabel,
        Long revisedVersionId, Integer revisedVersionNumber, String revisedVersionLabel, Long revisedVersionLock,
        Progress progress, Long issuedVersionId, String issuedNumber, LocalDate issuedOn, boolean canDecide,
        boolean canConsolidate, boolean canIssue) {

    public boolean issued() {
        return issuedNumber != null;
    }

    /** The commented version's name in the reader's language. */
    public String sourceVersionLabel(Locale locale) {
        return VersionView.label(locale, sourceVersionNumber);
    }

    /** The revised version's name in the reader's language, or null before it is started. */
    public String revisedVersionLabel(Locale locale) {
        return revisedVersionNumber == null ? null : VersionView.label(locale, revisedVersionNumber);
    }
}
