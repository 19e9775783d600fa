package vn.tochuc.danhgia.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The mail configuration: where the SMTP server is, who mails come from, and how often to retry. */
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
}
