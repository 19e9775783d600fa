package vn.tochuc.danhgia.criteria.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/** A frozen framework. Immutable once written: it has no setters. */
@Entity
@Table(name = "criteria_snapshot")
public class Snapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plugin_id")
    private String pluginId;

    @Column(name = "plugin_version")
    private String pluginVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    private SubjectType subjectType;

    @Column(name = "framework_json")
    private String json;

    private String sha256;

    @Column(name = "taken_by")
    private String takenBy;

    @Column(name = "taken_at")
    private Instant takenAt;

    protected Snapshot() {}

    public Snapshot(String pluginId, String pluginVersion, SubjectType subjectType, String json, String sha256,
            String takenBy, Instant takenAt) {
        this.pluginId = pluginId;
        this.pluginVersion = pluginVersion;
        this.subjectType = subjectType;
        this.json = json;
        this.sha256 = sha256;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
    }

    public Long id() {
        return id;
    }

    public String pluginId() {
        return pluginId;
    }

    public String pluginVersion() {
        return pluginVersion;
    }

    public SubjectType subjectType() {
        return subjectType;
    }

    public String json() {
        return json;
    }

    public String sha256() {
        return sha256;
    }

    public String takenBy() {
        return takenBy;
    }

    public Instant takenAt() {
        return takenAt;
    }
}
