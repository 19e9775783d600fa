package vn.tochuc.danhgia.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.tochuc.danhgia.consultations.Stance;

/**
 * A submitted answer, frozen as it was sent: nothing in it changes afterwards except that it may be marked
 * withdrawn. Its comments are {@link SubmissionComment} rows.
 */
@Entity
@Table(name = "answer_submission")
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", updatable = false)
    private long consultationId;

    @Column(name = "unit_code", updatable = false)
    private String unitCode;

    @Column(updatable = false)
    private int seq;

    @Column(name = "receipt_number", updatable = false)
    private String receiptNumber;

    @Column(name = "version_id", updatable = false)
    private long versionId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Stance stance;

    @Column(name = "general_text", updatable = false)
    private String general;

    @Column(name = "signer_name", updatable = false)
    private String signerName;

    @Column(name = "signer_title", updatable = false)
    private String signerTitle;

    @Column(name = "comment_count", updatable = false)
    private int commentCount;

    @Column(updatable = false)
    private boolean late;

    @Column(name = "submitted_at", updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", updatable = false)
    private String submittedBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    protected Submission() {}

    public Submission(long consultationId, String unitCode, int seq, long versionId, Stance stance, String general,
            String signerName, String signerTitle, int commentCount, boolean late, Instant now, String by) {
        this.consultationId = consultationId;
        this.unitCode = unitCode;
        this.seq = seq;
        this.receiptNumber = ConsultationRules.receiptNumber(consultationId, unitCode, seq);
        this.versionId = versionId;
        this.stance = stance;
        this.general = general;
        this.signerName = signerName;
        this.signerTitle = signerTitle;
        this.commentCount = commentCount;
        this.late = late;
        this.submittedAt = now;
        this.submittedBy = by;
    }

    public void withdraw(Instant now, String by) {
        this.withdrawnAt = now;
        this.withdrawnBy = by;
    }

    public long id() {
        return id;
    }

    public long consultationId() {
        return consultationId;
    }

    public String unitCode() {
        return unitCode;
    }

    public int seq() {
        return seq;
    }

    public String receiptNumber() {
        return receiptNumber;
    }

    public long versionId() {
        return versionId;
    }

    public Stance stance() {
        return stance;
    }

    public String general() {
        return general;
    }

    public String signerName() {
        return signerName;
    }

    public String signerTitle() {
        return signerTitle;
    }

    public int commentCount() {
        return commentCount;
    }

    public boolean late() {
        return late;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
