package vn.tochuc.danhgia.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tochuc.danhgia.identity.domain.UserAccount;
import vn.tochuc.danhgia.identity.domain.UserRepository;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.kernel.Zones;

/** Backs {@code login.xhtml}. In demo mode it also lists the demo logins. */
@Named
@RequestScoped
public class LoginView {

    /** A demo login shown on the login page. */
    public record DemoLogin(String username, String role) {}

    @Inject
    SecurityContext securityContext;

    @Inject
    UserRepository users;

    @Inject
    @ConfigProperty(name = "app.demo", defaultValue = "false")
    boolean demo;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.trim(),
                                new Password(password == null ? "" : password))));
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            external.redirect(external.getRequestContextPath() + safeNext());
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        Locale locale = faces.getViewRoot().getLocale();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failureText(locale), null));
    }

    private String failureText(Locale locale) {
        Instant lockedUntil = users.find(username).filter(a -> a.isLocked(Instant.now()))
                .map(UserAccount::lockedUntil).orElse(null);
        if (lockedUntil != null) {
            return Messages.get(locale, "identity.login.locked", Zones.dateTime(lockedUntil));
        }
        return Messages.get(locale, "identity.login.failed");
    }

    /** Only a path inside this application: an open redirect would let a link send users elsewhere after login. */
    private String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/login.xhtml")) {
            return next;
        }
        return "/home.xhtml";
    }

    public boolean isDemo() {
        return demo;
    }

    public List<DemoLogin> getDemoLogins() {
        return List.of(new DemoLogin("admin", "ADMIN"), new DemoLogin("board", "BOARD"),
                new DemoLogin("board2", "BOARD"), new DemoLogin("it", "PLUGIN_ADMIN"),
                new DemoLogin("stc", "UNIT — Sở Tài chính"), new DemoLogin("sgddt", "UNIT — Sở Giáo dục và Đào tạo"));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
