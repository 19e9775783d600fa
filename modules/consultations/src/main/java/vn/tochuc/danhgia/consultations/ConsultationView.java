package vn.tochuc.danhgia.consultations;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.tochuc.danhgia.documents.VersionView;

/**
 * A consultation. For a unit caller, {@code mine} is the unit's own situation (its deadline may be extended);
 * for the Board it is null and {@code counts} sums up the recipients.
 */
public record ConsultationView(long id, String title, String reference, String letter, long documentId,
        long versionId, String versionLabel, int versionNumber, Instant deadline, boolean lateAllowed,
        ConsultationState state, List<String> recipientGroups, List<String> recipientUnits, int recipients,
        Instant createdAt, String createdBy, Instant publishedAt, long version, MyStatus mine, StatusCounts counts) {

    public ConsultationView {
        recipientGroups = List.copyOf(recipientGroups);
        recipientUnits = List.copyOf(recipientUnits);
    }

    /** The consulted version's name in the reader's language ("Dự thảo lần 2", "Draft 2"); REST carries the Vietnamese. */
    public String versionLabel(Locale locale) {
        return VersionView.label(locale, versionNumber);
    }

    /**
     * The caller's unit in this consultation.
     *
     * @param deadline the unit's own deadline (also the view's {@code deadline} for a unit caller)
     * @param extended whether the Board gave this unit, alone, a later deadline than the round's
     */
    public record MyStatus(String unit, Instant deadline, UnitAnswerStatus status, String receipt,
            Instant submittedAt, boolean late, boolean canAnswer, boolean extended) {}
}
