package vn.tochuc.danhgia.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in through the login form, kept in the HTTP session: the name and the groups the identity store gave at
 * sign-in. Logging out invalidates the session, and with it this attribute.
 */
record SessionCaller(String name, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = SessionCaller.class.getName();

    SessionCaller {
        groups = Set.copyOf(groups);
    }

    /** Starts the signed-in session under a new id, so that an id planted before sign-in is worth nothing after. */
    static void start(HttpServletRequest request, String name, Set<String> groups) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(ATTRIBUTE, new SessionCaller(name, groups));
    }

    static SessionCaller of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null || !(session.getAttribute(ATTRIBUTE) instanceof SessionCaller caller) ? null : caller;
    }
}
