package vn.tochuc.danhgia.rating.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The Board's extension of the self-assessment deadline for one unit of a cycle. */
@Entity
@Table(name = "rt_extension")
public class Extension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", updatable = false)
    private long cycleId;

    @Column(name = "unit_code", updatable = false)
    private String unitCode;

    @Column(name = "until_at")
    private Instant until;

    private String reason;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Extension() {}

    public Extension(long cycleId, String unitCode) {
        this.cycleId = cycleId;
        this.unitCode = unitCode;
    }

    public void set(Instant newUntil, String newReason, String by, Instant at) {
        this.until = newUntil;
        this.reason = newReason;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long cycleId() {
        return cycleId;
    }

    public String unitCode() {
        return unitCode;
    }

    public Instant until() {
        return until;
    }

    public String reason() {
        return reason;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
