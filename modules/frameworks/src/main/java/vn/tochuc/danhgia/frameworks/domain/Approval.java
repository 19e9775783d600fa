package vn.tochuc.danhgia.frameworks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An approved framework, frozen: inserted once on approval, never updated. The year's rating reads this, not the
 * plugin: a later upgrade of the plugin changes nothing here.
 */
@Entity
@Table(name = "fw_approval")
public class Approval {

    @Id
    @Column(name = "framework_id", updatable = false)
    private long frameworkId;

    @Column(name = "round_no", updatable = false)
    private int round;

    @Column(name = "snapshot_id", updatable = false)
    private long snapshotId;

    @Column(name = "plugin_id", updatable = false)
    private String pluginId;

    @Column(name = "plugin_version", updatable = false)
    private String pluginVersion;

    @Column(name = "framework_sha256", updatable = false)
    private String frameworkSha256;

    @Column(name = "approved_json", updatable = false)
    private String json;

    @Column(updatable = false)
    private String sha256;

    @Column(name = "approved_by", updatable = false)
    private String approvedBy;

    @Column(name = "approved_at", updatable = false)
    private Instant approvedAt;

    protected Approval() {}

    public Approval(long frameworkId, int round, long snapshotId, String pluginId, String pluginVersion,
            String frameworkSha256, String json, String sha256, String approvedBy, Instant approvedAt) {
        this.frameworkId = frameworkId;
        this.round = round;
        this.snapshotId = snapshotId;
        this.pluginId = pluginId;
        this.pluginVersion = pluginVersion;
        this.frameworkSha256 = frameworkSha256;
        this.json = json;
        this.sha256 = sha256;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
    }

    public long frameworkId() {
        return frameworkId;
    }

    public int round() {
        return round;
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

    public String frameworkSha256() {
        return frameworkSha256;
    }

    public String json() {
        return json;
    }

    public String sha256() {
        return sha256;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }
}
