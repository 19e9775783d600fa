package vn.tochuc.danhgia.frameworks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Board's decision on a submitted framework. */
@Schema(name = "FrameworkDecision",
        description = "Quyết định của Ban về khung tiêu chí: RETURN trả lại để sửa, APPROVE phê duyệt.")
public enum Decision {
    /** Back to the unit for revision, with remarks. */
    RETURN,
    /** Approved: frozen for the year's rating. */
    APPROVE
}
