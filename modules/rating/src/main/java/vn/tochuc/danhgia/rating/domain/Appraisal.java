package vn.tochuc.danhgia.rating.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.tochuc.danhgia.rating.Level;

/** The Board's appraisal of one subject: the changed criteria (canonical JSON) and the proposed level. */
@Entity
@Table(name = "rt_appraisal")
public class Appraisal {

    @Id
    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "changes_json")
    private String changesJson;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_level")
    private Level proposedLevel;

    private String note;

    @Column(name = "appraised_by")
    private String appraisedBy;

    @Column(name = "appraised_at")
    private Instant appraisedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private long version;

    protected Appraisal() {}

    public Appraisal(long subjectId) {
        this.subjectId = subjectId;
    }

    public void set(String json, Level level, String newNote, String by, Instant at) {
        this.changesJson = json;
        this.proposedLevel = level;
        this.note = newNote;
        this.appraisedBy = by;
        this.appraisedAt = at;
        this.confirmedBy = null;
        this.confirmedAt = null;
    }

    /** The second Board member's confirmation of the proposal as it stands. */
    public void confirm(String by, Instant at) {
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public long subjectId() {
        return subjectId;
    }

    public String changesJson() {
        return changesJson;
    }

    public Level proposedLevel() {
        return proposedLevel;
    }

    public String note() {
        return note;
    }

    public String appraisedBy() {
        return appraisedBy;
    }

    public Instant appraisedAt() {
        return appraisedAt;
    }

    public long version() {
        return version;
    }
}
