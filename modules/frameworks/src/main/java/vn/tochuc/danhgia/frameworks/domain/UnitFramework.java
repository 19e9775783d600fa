package vn.tochuc.danhgia.frameworks.domain;

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
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.frameworks.Decision;
import vn.tochuc.danhgia.frameworks.FrameworkState;

/**
 * One unit framework: a unit, a year, a subject type and, for a deputy, a person. The plugin framework it is filled
 * against is frozen when it is started (a criteria snapshot) and never changes afterwards. {@code draftJson} is the
 * unit's working copy of its targets; submitted content lives in {@link ReviewRound}s.
 */
@Entity
@Table(name = "fw_framework")
public class UnitFramework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_code", updatable = false)
    private String unitCode;

    @Column(name = "eval_year", updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", updatable = false)
    private SubjectType subjectType;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "person_key", updatable = false)
    private long personKey;

    @Enumerated(EnumType.STRING)
    private FrameworkState state;

    @Column(name = "snapshot_id", updatable = false)
    private long snapshotId;

    @Column(name = "plugin_id", updatable = false)
    private String pluginId;

    @Column(name = "plugin_version", updatable = false)
    private String pluginVersion;

    @Column(name = "draft_json")
    private String draftJson;

    private int rounds;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected UnitFramework() {}

    public UnitFramework(String unitCode, int year, SubjectType subjectType, Long personId, long snapshotId,
            String pluginId, String pluginVersion, String emptyDraft, String by, Instant now) {
        this.unitCode = unitCode;
        this.year = year;
        this.subjectType = subjectType;
        this.personId = personId;
        this.personKey = personId == null ? 0 : personId;
        this.state = FrameworkState.DRAFT;
        this.snapshotId = snapshotId;
        this.pluginId = pluginId;
        this.pluginVersion = pluginVersion;
        this.draftJson = emptyDraft;
        this.createdBy = by;
        this.createdAt = now;
        touch(by, now);
    }

    /** The unit saves its working copy. */
    public void save(String json, String by, Instant now) {
        state = Lifecycle.afterSave(state);
        draftJson = json;
        touch(by, now);
    }

    /** The unit submits; returns the new round's number. */
    public int submit(String by, Instant now) {
        state = Lifecycle.afterSubmit(state);
        rounds++;
        touch(by, now);
        return rounds;
    }

    /** The Board decides on the pending round. */
    public void decide(Decision decision, String by, Instant now) {
        state = Lifecycle.afterReview(state, decision);
        touch(by, now);
    }

    private void touch(String by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /**
     * The {@code usedBy} name of the snapshot use this framework records in the criteria module, e.g.
     * {@code frameworks:STC/2026/DEPUTY/7}: known before the row exists, so that the snapshot is taken first.
     */
    public static String snapshotUser(String unitCode, int year, SubjectType subject, Long personId) {
        return "frameworks:" + unitCode + "/" + year + "/" + subject + (personId == null ? "" : "/" + personId);
    }

    public String snapshotUser() {
        return snapshotUser(unitCode, year, subjectType, personId);
    }

    public long id() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public int year() {
        return year;
    }

    public SubjectType subjectType() {
        return subjectType;
    }

    public Long personId() {
        return personId;
    }

    public FrameworkState state() {
        return state;
    }

    public long snapshotId() {
        return snapshotId;
    }

    public String pluginId() {
        return pluginId;
    }

    public String pluginVersion() {
        return pluginVersion;
    }

    public String draftJson() {
        return draftJson;
    }

    public int rounds() {
        return rounds;
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
