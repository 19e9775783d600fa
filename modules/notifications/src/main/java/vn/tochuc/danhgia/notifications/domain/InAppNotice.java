package vn.tochuc.danhgia.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notice for one user. */
@Entity
@Table(name = "notice")
public class InAppNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "unit_code")
    private String unitCode;

    private String kind;

    private String subject;

    private String body;

    private String link;

    private String reference;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InAppNotice() {}

    public InAppNotice(String username, String unitCode, String kind, String subject, String body, String link,
            String reference, Instant now) {
        this.username = username;
        this.unitCode = unitCode;
        this.kind = kind;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.reference = reference;
        this.createdAt = now;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String link() {
        return link;
    }

    public String reference() {
        return reference;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
