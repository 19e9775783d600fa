package vn.tochuc.danhgia.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * One version of a draft document.
 *
 * @param id the version id, which other modules keep
 * @param documentId the document it belongs to
 * @param number 1, 2, …
 * @param label the version's name in Vietnamese (bundle key {@code documents.version.label}), which REST answers
 *     carry; screens use {@link #label(Locale)}
 * @param fileName the uploaded file's name
 * @param articles how many điều it has
 * @param sent true once sent to units: it never changes again
 * @param sentAt when it was first sent, or null
 * @param createdAt when it was made
 * @param createdBy who made it
 * @param version the optimistic-lock version; send it back with a structure correction
 * @param revisedFrom the version it was started from by {@link DocumentService#revise}, or null (uploaded)
 * @param issuedNumber the number it was issued (ban hành) under, e.g. "15-QĐ/TU", or null
 * @param issuedOn the date it was issued, or null
 */
public record VersionView(long id, long documentId, int number, String label, String fileName, int articles,
        boolean sent, Instant sentAt, Instant createdAt, String createdBy, long version, Long revisedFrom,
        String issuedNumber, LocalDate issuedOn) {

    public boolean issued() {
        return issuedNumber != null;
    }

    /** The version's name in the reader's language (key {@code documents.version.label}). */
    public String label(Locale locale) {
        return label(locale, number);
    }

    /** How version {@code number} of a draft is named in {@code locale}. */
    public static String label(Locale locale, int number) {
        return Messages.get(locale, "documents.version.label", Integer.toString(number));
    }
}
