package vn.tochuc.danhgia.kernel.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * Turns every exception that leaves a resource into a problem body; no stack trace ever reaches the client.
 *
 * <p>One mapper for {@link Throwable} rather than one per type, because the interesting exception is often wrapped
 * (by a transaction interceptor, by JSON binding) and has to be found in the cause chain.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Context
    ResourceInfo resourceInfo;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = locale();
        String path = uriInfo == null ? null : uriInfo.getRequestUri().getPath();
        AppException app = FailureKinds.find(thrown, AppException.class);
        if (app != null) {
            return Problems.of(app, locale, path);
        }
        if (thrown instanceof WebApplicationException wae && FailureKinds.json(thrown) == null) {
            return fromStatus(wae.getResponse().getStatus(), locale, path);
        }
        AppException classified = classify(thrown);
        if (classified != null) {
            if (classified.kind() == ErrorKind.UNAVAILABLE) {
                LOG.log(Level.WARNING, "Database unavailable while serving " + path + ": " + thrown);
            }
            return Problems.of(classified, locale, path);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident + " while serving " + path, thrown);
        return Problems.of(ErrorKind.INTERNAL, "error.internal", locale, path, incident);
    }

    private AppException classify(Throwable thrown) {
        Throwable json = FailureKinds.json(thrown);
        if (json != null) {
            Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
            Optional<AppException> enumValue = EnumValues.problem(json, method);
            if (enumValue.isPresent()) {
                return enumValue.get();
            }
        }
        return FailureKinds.classify(thrown);
    }

    private Response fromStatus(int status, Locale locale, String path) {
        return switch (status) {
            case 404 -> Problems.of(ErrorKind.NOT_FOUND, "error.http.not-found", locale, path);
            case 405 -> Problems.of(ErrorKind.INVALID, "error.http.method", locale, path);
            case 406 -> Problems.of(ErrorKind.INVALID, "error.http.not-acceptable", locale, path);
            case 413 -> Problems.of(ErrorKind.TOO_LARGE, "error.http.too-large", locale, path);
            case 415 -> Problems.of(ErrorKind.UNSUPPORTED_TYPE, "error.http.media-type", locale, path);
            case 401 -> Problems.of(ErrorKind.UNAUTHENTICATED, "error.auth.required", locale, path);
            case 403 -> Problems.of(ErrorKind.FORBIDDEN, "error.auth.forbidden", locale, path);
            default -> Problems.of(ErrorKind.INVALID, "error.http.bad-request", locale, path);
        };
    }

    private Locale locale() {
        if (headers == null || headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Messages.VIETNAMESE;
        }
        return headers.getAcceptableLanguages().stream().findFirst().map(Messages::supported).orElse(Messages.VIETNAMESE);
    }
}
