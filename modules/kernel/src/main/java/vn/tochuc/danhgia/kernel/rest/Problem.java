package vn.tochuc.danhgia.kernel.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every error the API returns, as {@code application/problem+json} (RFC 9457).
 *
 * @param type a URI naming the kind of problem
 * @param title a short Vietnamese (or English, when asked for) summary of the kind
 * @param status the HTTP status, repeated for clients that only see the body
 * @param detail what went wrong in this request
 * @param instance the request path
 * @param errors for a validation failure, one entry per bad field
 */
@Schema(name = "Problem", description = "Lỗi theo RFC 9457 (application/problem+json)")
public record Problem(String type, String title, int status, String detail, String instance, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One bad field: its name, what is wrong with it and, for a check's finding, the finding's stable code (e.g.
     * {@code TARGET_POINTS_DO_NOT_ADD_UP} or a plugin's {@code stc.giai-ngan-required}), so that a client can tell
     * the rules apart; {@code code} is omitted otherwise.
     */
    @Schema(name = "FieldProblem", description = "Một trường sai: tên trường, lỗi và mã quy tắc (nếu có)")
    public record FieldProblem(String field, String message, String code) {

        public FieldProblem(String field, String message) {
            this(field, message, null);
        }
    }
}
