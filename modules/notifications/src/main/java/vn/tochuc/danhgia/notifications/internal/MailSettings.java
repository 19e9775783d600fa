package vn.tochuc.danhgia.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail configuration: where the SMTP server is, who mails come from, how often to retry, and whether mails are
 * kept in the outbox instead of sent ({@code app.mail.sink}, for a demo without a mail server).
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "mail.smtp.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "Ban To chuc Tinh uy <no-reply@danhgia.local>")
    String from;

    @Inject
    @ConfigProperty(name = "notifications.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "notifications.mail.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "app.mail.sink", defaultValue = "false")
    boolean sink;

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String from() {
        return from;
    }

    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** True when mails are kept in the outbox as delivered rather than sent by SMTP. */
    public boolean sink() {
        return sink;
    }
}
