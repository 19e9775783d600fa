package vn.tochuc.danhgia.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An e-mail waiting to be sent, sent, given up after too many failures, or kept instead of sent (a demo without a
 * mail server, {@code app.mail.sink=true}).
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** Where a mail is. */
    public enum State { PENDING, SENT, FAILED, CAUGHT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;

    private String username;

    private String subject;

    private String body;

    private String reference;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private State state = State.PENDING;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMail() {}

    public OutboxMail(String recipient, String username, String subject, String body, String reference, Instant now) {
        this.recipient = recipient;
        this.username = username;
        this.subject = subject;
        this.body = body;
        this.reference = reference;
        this.createdAt = now;
    }

    public void sent(Instant now) {
        attempts++;
        state = State.SENT;
        sentAt = now;
        lastError = null;
    }

    /** Kept in the outbox as delivered, without SMTP: what a demo does with every mail. */
    public void caught(Instant now) {
        attempts++;
        state = State.CAUGHT;
        sentAt = now;
        lastError = null;
    }

    /** Records a failed attempt; after {@code maxAttempts} the mail is given up (FAILED). */
    public void failed(String error, int maxAttempts) {
        attempts++;
        lastError = error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= maxAttempts) {
            state = State.FAILED;
        }
    }

    public long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }
}
