package vn.tochuc.danhgia.consultations;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the Board fills in to create a consultation ({@code POST /api/v1/consultations}).
 *
 * @param title e.g. "Xin ý kiến dự thảo Quy định đánh giá, xếp loại"
 * @param reference the letter's number, e.g. {@code 123-CV/BTCTU}
 * @param letter the cover letter's text (optional)
 * @param documentId the draft; its newest version is the one asked about
 * @param deadline date and time with offset, e.g. {@code 2025-10-31T17:00:00+07:00}; must be in the future
 * @param lateAllowed whether answers after the deadline are accepted (and marked late)
 * @param recipientGroups unit group codes, e.g. {@code SO_NGANH}
 * @param recipientUnits single unit codes, in addition to the groups
 */
public record ConsultationDraft(String title, String reference, String letter, Long documentId,
        OffsetDateTime deadline, Boolean lateAllowed, List<String> recipientGroups, List<String> recipientUnits) {}
