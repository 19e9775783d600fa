package vn.tochuc.danhgia.consolidation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import vn.tochuc.danhgia.consolidation.Decision;
import vn.tochuc.danhgia.consolidation.DispositionState;

/**
 * The Board's decision on one comment (by its stable comment id): proposed by one member, approved by another.
 * Changing it makes it PROPOSED again, by whoever changed it.
 */
@Entity
@Table(name = "disposition")
public class Disposition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id")
    private long consultationId;

    @Column(name = "comment_id")
    private long commentId;

    @Column(name = "group_id")
    private Long groupId;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String response;

    @Enumerated(EnumType.STRING)
    private DispositionState state;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Version
    private long version;

    protected Disposition() {}

    public Disposition(long consultationId, long commentId) {
        this.consultationId = consultationId;
        this.commentId = commentId;
    }

    /**
     * Sets the decision; returns false (and changes nothing) when decision, response and group are what they were,
     * so that re-sending a decision keeps its approval.
     */
    public boolean decide(Decision newDecision, String newResponse, Long newGroupId, Instant now, String by) {
        if (decision == newDecision && Objects.equals(response, newResponse) && Objects.equals(groupId, newGroupId)) {
            return false;
        }
        this.decision = newDecision;
        this.response = newResponse;
        this.groupId = newGroupId;
        this.state = DispositionState.PROPOSED;
        this.proposedBy = by;
        this.proposedAt = now;
        this.approvedBy = null;
        this.approvedAt = null;
        return true;
    }

    /** Leaves its group (the group dissolved around it); the decision itself stays. */
    public void ungroup() {
        this.groupId = null;
    }

    public void approve(Instant now, String by) {
        this.state = DispositionState.APPROVED;
        this.approvedBy = by;
        this.approvedAt = now;
    }

    public boolean isNew() {
        return id == null;
    }

    public long commentId() {
        return commentId;
    }

    public Long groupId() {
        return groupId;
    }

    public Decision decision() {
        return decision;
    }

    public String response() {
        return response;
    }

    public DispositionState state() {
        return state;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public long version() {
        return version;
    }
}
