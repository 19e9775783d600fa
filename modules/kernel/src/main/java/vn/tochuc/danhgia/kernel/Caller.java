package vn.tochuc.danhgia.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is calling, from which address and in which language.
 *
 * <p>Inside an HTTP request it reads the authenticated principal; outside one (start-up, timers) it answers
 * {@value #SYSTEM} unless the work runs inside {@link #runAs}. It deliberately knows nothing of users and units: the
 * identity module builds on it.
 */
@ApplicationScoped
public class Caller {

    public static final String SYSTEM = "system";
    private static final ThreadLocal<String> RUN_AS = new ThreadLocal<>();

    @Inject
    HttpServletRequest request;

    public String username() {
        String override = RUN_AS.get();
        if (override != null) {
            return override;
        }
        return currentRequest().map(HttpServletRequest::getUserPrincipal).map(Principal::getName).orElse(SYSTEM);
    }

    public boolean authenticated() {
        return RUN_AS.get() != null || currentRequest().map(r -> r.getUserPrincipal() != null).orElse(false);
    }

    public String address() {
        return currentRequest().map(HttpServletRequest::getRemoteAddr).orElse("");
    }

    /**
     * The caller's language: the one picked on the screens, else an explicit {@code Accept-Language} asking for
     * English, else Vietnamese. The server's own default locale never decides.
     */
    public Locale locale() {
        return currentRequest().map(Caller::localeOf).orElse(Messages.VIETNAMESE);
    }

    private static Locale localeOf(HttpServletRequest r) {
        Object picked = Optional.ofNullable(r.getSession(false)).map(s -> s.getAttribute(LOCALE_ATTRIBUTE)).orElse(null);
        if (picked instanceof Locale locale) {
            return Messages.supported(locale);
        }
        String header = r.getHeader("Accept-Language");
        return header == null || header.isBlank() ? Messages.VIETNAMESE : Messages.supported(r.getLocale());
    }

    /** The session attribute that holds the language a user picked on the screens. */
    public static final String LOCALE_ATTRIBUTE = "danhgia.locale";

    /** Runs work on behalf of a named actor, e.g. the demo-data loader or a scheduled reminder. */
    public static <T> T runAs(String actor, Supplier<T> work) {
        String previous = RUN_AS.get();
        RUN_AS.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                RUN_AS.remove();
            } else {
                RUN_AS.set(previous);
            }
        }
    }

    private Optional<HttpServletRequest> currentRequest() {
        try {
            request.getMethod();
            return Optional.of(request);
        } catch (ContextNotActiveException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
