package vn.tochuc.danhgia.consolidation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Board's decision on a comment, as the report's last column states it.
 *
 * <ul>
 *   <li>{@code ACCEPTED}: Tiếp thu — the draft is changed as proposed;</li>
 *   <li>{@code PARTLY}: Tiếp thu một phần — part of it is taken in; the response says which part and why not the
 *       rest (required);</li>
 *   <li>{@code EXPLAINED}: Giải trình — not taken in; the response explains why (required);</li>
 *   <li>{@code NOTED}: Ghi nhận — noted, nothing to change in the draft (e.g. a remark on implementation).</li>
 * </ul>
 */
@Schema(name = "DispositionDecision",
        description = "Kết quả xử lý một ý kiến góp ý: ACCEPTED tiếp thu, "
                + "PARTLY tiếp thu một phần, EXPLAINED giải trình, NOTED ghi nhận.")
public enum Decision {
    ACCEPTED, PARTLY, EXPLAINED, NOTED;

    /** Whether a decision of this kind must say why (a part, or all of the comment, is not taken in). */
    public boolean needsResponse() {
        return this == PARTLY || this == EXPLAINED;
    }
}
