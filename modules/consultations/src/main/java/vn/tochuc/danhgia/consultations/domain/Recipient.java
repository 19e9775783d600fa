package vn.tochuc.danhgia.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A unit a consultation is sent to, with its own deadline when extended for it, and when it first opened it. */
@Entity
@Table(name = "consultation_recipient")
public class Recipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id")
    private long consultationId;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "group_code")
    private String groupCode;

    @Column(name = "deadline_override")
    private Instant deadlineOverride;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Version
    private long version;

    protected Recipient() {}

    public Recipient(long consultationId, String unitCode, String groupCode) {
        this.consultationId = consultationId;
        this.unitCode = unitCode;
        this.groupCode = groupCode;
    }

    public boolean markOpened(Instant now) {
        if (openedAt != null) {
            return false;
        }
        openedAt = now;
        return true;
    }

    public void extendTo(Instant deadline) {
        this.deadlineOverride = deadline;
    }

    public String unitCode() {
        return unitCode;
    }

    public String groupCode() {
        return groupCode;
    }

    public Instant deadlineOverride() {
        return deadlineOverride;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
