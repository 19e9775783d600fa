package vn.tochuc.danhgia.consolidation.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tochuc.danhgia.consolidation.DispositionInput;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;

/**
 * The rules for decisions, pure so that they are unit-tested: which rows of a request are acceptable, and when
 * decisions may be made at all.
 */
public final class DispositionRules {

    /** The longest response kept (a TEXT column, and a table cell of the report). */
    public static final int MAX_RESPONSE = 4000;
    /** More rows than this in one request are refused: 100 units × 50 comments is 5,000. */
    public static final int MAX_ROWS = 20_000;

    private DispositionRules() {}

    /**
     * Every problem of every row, each naming its row ({@code rows[2].response}) and the comment: unknown or repeated
     * comments, a missing decision, PARTLY or EXPLAINED without a response, a response too long.
     *
     * @param known the stable ids of the consultation's submitted comments
     */
    public static List<FieldError> check(List<DispositionInput> rows, Set<Long> known) {
        List<FieldError> errors = new ArrayList<>();
        if (rows == null || rows.isEmpty()) {
            errors.add(FieldError.of("rows", "consolidation.error.no-rows"));
            return errors;
        }
        if (rows.size() > MAX_ROWS) {
            errors.add(FieldError.of("rows", "consolidation.error.too-many-rows", MAX_ROWS));
            return errors;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            check(rows.get(i), "rows[" + i + "].", known, seen, errors);
        }
        return errors;
    }

    private static void check(DispositionInput row, String at, Set<Long> known, Set<Long> seen,
            List<FieldError> errors) {
        if (row == null || row.commentId() == null) {
            errors.add(FieldError.of(at + "commentId", "error.field.required"));
            return;
        }
        String id = String.valueOf(row.commentId());
        if (!known.contains(row.commentId())) {
            errors.add(FieldError.of(at + "commentId", "consolidation.error.unknown-comment", id));
        } else if (!seen.add(row.commentId())) {
            errors.add(FieldError.of(at + "commentId", "consolidation.error.duplicate-comment", id));
        }
        for (Long member : row.group()) {
            if (member == null || member.equals(row.commentId())) {
                continue;
            }
            if (!known.contains(member)) {
                errors.add(FieldError.of(at + "group", "consolidation.error.unknown-comment", String.valueOf(member)));
            } else if (!seen.add(member)) {
                errors.add(FieldError.of(at + "group", "consolidation.error.duplicate-comment",
                        String.valueOf(member)));
            }
        }
        if (row.decision() == null) {
            errors.add(FieldError.of(at + "decision", "consolidation.error.decision-required", id));
        } else if (row.decision().needsResponse() && (row.response() == null || row.response().isBlank())) {
            errors.add(FieldError.of(at + "response", "consolidation.error.response-required." + row.decision().name(),
                    id));
        }
        if (row.response() != null && row.response().strip().length() > MAX_RESPONSE) {
            errors.add(FieldError.of(at + "response", "error.field.too-long", MAX_RESPONSE));
        }
    }

    /** Decisions are made while the consultation is CLOSED and nothing is issued (409 otherwise, in Vietnamese). */
    public static void requireDecidable(ConsultationState state, boolean issued) {
        if (issued) {
            throw AppException.conflict("consolidation.error.issued");
        }
        if (state == ConsultationState.CONSOLIDATED) {
            throw AppException.conflict("consolidation.error.consolidated");
        }
        if (state != ConsultationState.CLOSED) {
            throw AppException.conflict("consolidation.error.not-closed");
        }
    }

    /** The revised draft is edited after the consultation is closed and until the final text is issued. */
    public static void requireRevisable(ConsultationState state, boolean issued) {
        if (issued) {
            throw AppException.conflict("consolidation.error.issued");
        }
        if (state != ConsultationState.CLOSED && state != ConsultationState.CONSOLIDATED) {
            throw AppException.conflict("consolidation.error.not-closed");
        }
    }

    /** A Board member never approves a decision they proposed themselves (403). */
    public static void requireOtherApprover(String proposedBy, String approver, long commentId) {
        if (proposedBy.equals(approver)) {
            throw AppException.forbidden("consolidation.error.self-approval", String.valueOf(commentId));
        }
    }

    /** The response as stored: trimmed, never null. */
    public static String response(String response) {
        return response == null ? "" : response.strip();
    }
}
