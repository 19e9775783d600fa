package vn.tochuc.danhgia.rating.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A year's rating cycle: the rule set it opened with (never changed) and the steps' deadlines. */
@Entity
@Table(name = "rt_cycle")
public class RatingCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "eval_year", updatable = false)
    private int year;

    @Column(name = "rule_set_id", updatable = false)
    private String ruleSetId;

    @Column(name = "rule_set_version", updatable = false)
    private int ruleSetVersion;

    @Column(name = "self_assessment_due")
    private Instant selfAssessmentDue;

    @Column(name = "comments_due")
    private Instant commentsDue;

    @Column(name = "appraisal_due")
    private Instant appraisalDue;

    @Column(name = "decision_due")
    private Instant decisionDue;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected RatingCycle() {}

    public RatingCycle(int year, String ruleSetId, int ruleSetVersion, Instant[] deadlines, String by, Instant at) {
        this.year = year;
        this.ruleSetId = ruleSetId;
        this.ruleSetVersion = ruleSetVersion;
        this.selfAssessmentDue = deadlines[0];
        this.commentsDue = deadlines[1];
        this.appraisalDue = deadlines[2];
        this.decisionDue = deadlines[3];
        this.createdBy = by;
        this.createdAt = at;
    }

    public long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String ruleSetId() {
        return ruleSetId;
    }

    public int ruleSetVersion() {
        return ruleSetVersion;
    }

    public Instant selfAssessmentDue() {
        return selfAssessmentDue;
    }

    public Instant commentsDue() {
        return commentsDue;
    }

    public Instant appraisalDue() {
        return appraisalDue;
    }

    public Instant decisionDue() {
        return decisionDue;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
