package vn.tochuc.danhgia.criteria.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A record (e.g. {@code concretization:42}) that uses a snapshot. */
@Entity
@Table(name = "criteria_snapshot_use")
public class SnapshotUse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "snapshot_id")
    private long snapshotId;

    @Column(name = "used_by")
    private String usedBy;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected SnapshotUse() {}

    public SnapshotUse(long snapshotId, String usedBy, String createdBy, Instant createdAt) {
        this.snapshotId = snapshotId;
        this.usedBy = usedBy;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long snapshotId() {
        return snapshotId;
    }

    public String usedBy() {
        return usedBy;
    }
}
