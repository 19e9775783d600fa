package vn.tochuc.danhgia.consolidation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Comments the Board judged identical; its members are the decisions that point at it, all with one decision. */
@Entity
@Table(name = "disposition_group")
public class DispositionGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id")
    private long consultationId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected DispositionGroup() {}

    public DispositionGroup(long consultationId, Instant now, String by) {
        this.consultationId = consultationId;
        this.createdAt = now;
        this.createdBy = by;
    }

    public long id() {
        return id;
    }
}
