package vn.tochuc.danhgia.kernel.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.Messages;

/** Builds problem responses; the one place that knows the problem type URIs. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.valueOf(Problem.MEDIA_TYPE);
    private static final String TYPE_BASE = "urn:danhgia:problem:";

    private Problems() {}

    public static Response of(AppException e, Locale locale, String path) {
        List<Problem.FieldProblem> fields = e.fieldErrors().stream()
                .map(f -> new Problem.FieldProblem(f.field(), Messages.get(locale, f.key(), f.args().toArray()),
                        f.code()))
                .toList();
        String detail = e.text(locale);
        if (!fields.isEmpty()) {
            detail = detail + " " + String.join("; ", fields.stream().map(Problems::describe).toList());
        }
        return build(e.kind(), e.key(), Messages.get(locale, e.kind().titleKey()), detail, path, fields);
    }

    /** {@code targets[2][0] (stc.giai-ngan-required): message}: the field, the rule's code if any, the message. */
    private static String describe(Problem.FieldProblem f) {
        return f.field() + (f.code() == null ? "" : " (" + f.code() + ")") + ": " + f.message();
    }

    public static Response of(ErrorKind kind, String key, Locale locale, String path, Object... args) {
        return build(kind, key, Messages.get(locale, kind.titleKey()), Messages.get(locale, key, args), path, null);
    }

    private static Response build(ErrorKind kind, String key, String title, String detail, String path,
            List<Problem.FieldProblem> fields) {
        Problem body = new Problem(TYPE_BASE + key, title, kind.status(), detail, path,
                fields == null || fields.isEmpty() ? null : fields);
        Response.ResponseBuilder response = Response.status(kind.status()).type(PROBLEM_JSON).entity(body);
        if (kind == ErrorKind.UNAUTHENTICATED) {
            response.header("WWW-Authenticate", "Basic realm=\"danhgia\", charset=\"UTF-8\"");
        }
        if (kind == ErrorKind.UNAVAILABLE) {
            response.header("Retry-After", "5");
        }
        return response.build();
    }
}
