package vn.tochuc.danhgia.criteria.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * One framework of a plugin version, as canonical JSON, written once at install. It lets the host show and freeze
 * frameworks of versions that are not loaded, and detect a plugin whose frameworks change between loads.
 */
@Entity
@Table(name = "criteria_plugin_framework")
public class VersionFramework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id")
    private long versionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    private SubjectType subjectType;

    @Column(name = "framework_json")
    private String json;

    private String sha256;

    protected VersionFramework() {}

    public VersionFramework(long versionId, SubjectType subjectType, String json, String sha256) {
        this.versionId = versionId;
        this.subjectType = subjectType;
        this.json = json;
        this.sha256 = sha256;
    }

    public long versionId() {
        return versionId;
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
}
