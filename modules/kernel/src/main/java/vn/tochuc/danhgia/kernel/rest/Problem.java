package vn.tochuc.danhgia.kernel.rest;

import java.util.List;

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
public record Problem(String type, String title, int status, String detail, String instance, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad field: its name and what is wrong with it. */
    public record FieldProblem(String field, String message) {}
}
