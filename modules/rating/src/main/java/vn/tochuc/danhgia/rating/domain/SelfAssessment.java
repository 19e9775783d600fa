package vn.tochuc.danhgia.rating.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.tochuc.danhgia.rating.SubjectState;

/**
 * A subject's self-assessment: made at opening for each subject that is not blocked, a draft ({@code scoresJson},
 * canonical JSON) until the unit submits it with a signer; then frozen with its receipt number.
 */
@Entity
@Table(name = "rt_self_assessment")
public class SelfAssessment {

    @Id
    @Column(name = "subject_id")
    private Long subjectId;

    @Enumerated(EnumType.STRING)
    private SubjectState state;

    @Column(name = "scores_json")
    private String scoresJson;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "signer_title")
    private String signerTitle;

    @Column(name = "receipt_number")
    private String receiptNumber;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected SelfAssessment() {}

    public SelfAssessment(long subjectId, String emptyScoresJson) {
        this.subjectId = subjectId;
        this.state = SubjectState.DRAFT;
        this.scoresJson = emptyScoresJson;
    }

    public void save(String json, String by, Instant at) {
        this.scoresJson = json;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void submit(String name, String title, String receipt, String by, Instant at) {
        this.state = SubjectState.SUBMITTED;
        this.signerName = name;
        this.signerTitle = title;
        this.receiptNumber = receipt;
        this.submittedBy = by;
        this.submittedAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long subjectId() {
        return subjectId;
    }

    public SubjectState state() {
        return state;
    }

    public boolean submitted() {
        return state == SubjectState.SUBMITTED;
    }

    public String scoresJson() {
        return scoresJson;
    }

    public String signerName() {
        return signerName;
    }

    public String signerTitle() {
        return signerTitle;
    }

    public String receiptNumber() {
        return receiptNumber;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
