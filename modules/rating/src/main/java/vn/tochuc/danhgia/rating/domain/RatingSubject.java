package vn.tochuc.danhgia.rating.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.tochuc.danhgia.rating.SubjectKind;

/**
 * One subject of a cycle, written once at opening and never changed: who is rated, and either the approved framework
 * it is rated against (its scored criteria and targets frozen in {@code frameJson}) or why it is blocked.
 */
@Entity
@Table(name = "rt_subject")
public class RatingSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", updatable = false)
    private long cycleId;

    @Column(name = "unit_code", updatable = false)
    private String unitCode;

    @Column(name = "unit_name", updatable = false)
    private String unitName;

    @Column(name = "group_code", updatable = false)
    private String groupCode;

    @Column(name = "group_name", updatable = false)
    private String groupName;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private SubjectKind kind;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "person_name", updatable = false)
    private String personName;

    @Column(name = "person_title", updatable = false)
    private String personTitle;

    @Column(name = "deputy_field", updatable = false)
    private String deputyField;

    @Column(name = "framework_id", updatable = false)
    private Long frameworkId;

    @Column(name = "snapshot_id", updatable = false)
    private Long snapshotId;

    @Column(name = "approval_sha256", updatable = false)
    private String approvalSha256;

    @Column(name = "blocked_key", updatable = false)
    private String blockedKey;

    @Column(name = "blocked_arg", updatable = false)
    private String blockedArg;

    @Column(name = "frame_json", updatable = false)
    private String frameJson;

    protected RatingSubject() {}

    /** Who: the unit, its group and, for an individual, the person. */
    public record Who(String unitCode, String unitName, String groupCode, String groupName, SubjectKind kind,
            Long personId, String personName, String personTitle, String deputyField) {}

    public static RatingSubject rated(long cycleId, Who who, long frameworkId, long snapshotId, String sha256,
            String frameJson) {
        RatingSubject s = new RatingSubject(cycleId, who);
        s.frameworkId = frameworkId;
        s.snapshotId = snapshotId;
        s.approvalSha256 = sha256;
        s.frameJson = frameJson;
        return s;
    }

    public static RatingSubject blocked(long cycleId, Who who, String key, String arg) {
        RatingSubject s = new RatingSubject(cycleId, who);
        s.blockedKey = key;
        s.blockedArg = arg;
        return s;
    }

    private RatingSubject(long cycleId, Who who) {
        this.cycleId = cycleId;
        this.unitCode = who.unitCode();
        this.unitName = who.unitName();
        this.groupCode = who.groupCode() == null ? "" : who.groupCode();
        this.groupName = who.groupName() == null ? "" : who.groupName();
        this.kind = who.kind();
        this.personId = who.personId();
        this.personName = who.personName() == null ? "" : who.personName();
        this.personTitle = who.personTitle() == null ? "" : who.personTitle();
        this.deputyField = who.deputyField() == null ? "" : who.deputyField();
    }

    public long id() {
        return id;
    }

    public long cycleId() {
        return cycleId;
    }

    public String unitCode() {
        return unitCode;
    }

    public String unitName() {
        return unitName;
    }

    public String groupCode() {
        return groupCode;
    }

    public String groupName() {
        return groupName;
    }

    public SubjectKind kind() {
        return kind;
    }

    public Long personId() {
        return personId;
    }

    public String personName() {
        return personName;
    }

    public String personTitle() {
        return personTitle;
    }

    public String deputyField() {
        return deputyField;
    }

    public Long frameworkId() {
        return frameworkId;
    }

    public Long snapshotId() {
        return snapshotId;
    }

    public String approvalSha256() {
        return approvalSha256;
    }

    public boolean isBlocked() {
        return blockedKey != null;
    }

    public String blockedKey() {
        return blockedKey;
    }

    public String blockedArg() {
        return blockedArg;
    }

    public String frameJson() {
        return frameJson;
    }
}
