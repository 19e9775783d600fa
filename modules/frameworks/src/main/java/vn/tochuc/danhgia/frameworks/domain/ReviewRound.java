package vn.tochuc.danhgia.frameworks.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.frameworks.Decision;

/**
 * One submission, frozen as submitted (canonical JSON and its SHA-256), and the Board's decision on it. The content
 * never changes; the decision is written once.
 */
@Entity
@Table(name = "fw_round")
public class ReviewRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "framework_id", updatable = false)
    private long frameworkId;

    @Column(name = "round_no", updatable = false)
    private int number;

    @Column(name = "content_json", updatable = false)
    private String contentJson;

    @Column(name = "content_sha256", updatable = false)
    private String contentSha256;

    @Column(name = "agency_check_ran", updatable = false)
    private boolean agencyCheckRan;

    @Column(name = "submitted_by", updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", updatable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String comment = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fw_remark", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<RemarkEntry> remarks = new ArrayList<>();

    protected ReviewRound() {}

    public ReviewRound(long frameworkId, int number, String contentJson, String contentSha256, boolean agencyCheckRan,
            String by, Instant now) {
        this.frameworkId = frameworkId;
        this.number = number;
        this.contentJson = contentJson;
        this.contentSha256 = contentSha256;
        this.agencyCheckRan = agencyCheckRan;
        this.submittedBy = by;
        this.submittedAt = now;
    }

    /** Records the Board's decision; a round is decided once. */
    public void decide(Decision value, String newComment, List<RemarkEntry> newRemarks, String by, Instant now) {
        if (decision != null) {
            throw new IllegalStateException("Round " + number + " is already decided");
        }
        this.decision = value;
        this.comment = newComment;
        this.remarks = new ArrayList<>(newRemarks);
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public long frameworkId() {
        return frameworkId;
    }

    public int number() {
        return number;
    }

    public String contentJson() {
        return contentJson;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public boolean agencyCheckRan() {
        return agencyCheckRan;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Decision decision() {
        return decision;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String comment() {
        return comment;
    }

    public List<RemarkEntry> remarks() {
        return List.copyOf(remarks);
    }
}
