package vn.tochuc.danhgia.criteria.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A plugin id and which of its versions is active; the versions are {@link PluginVersion} rows. */
@Entity
@Table(name = "criteria_plugin")
public class PluginRecord {

    @Id
    @Column(name = "plugin_id")
    private String pluginId;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "active_version")
    private String activeVersion;

    @Column(name = "previous_version")
    private String previousVersion;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected PluginRecord() {}

    public PluginRecord(String pluginId, String displayName, Instant now) {
        this.pluginId = pluginId;
        this.displayName = displayName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Makes {@code newActive} the active version, remembering the one it replaces for a rollback. */
    public void activate(String newActive, String displayNameOfIt, Instant now) {
        if (!Objects.equals(activeVersion, newActive)) {
            previousVersion = activeVersion;
            activeVersion = newActive;
        }
        displayName = displayNameOfIt;
        updatedAt = now;
    }

    /** Forgets a deleted version. */
    public void forget(String deletedVersion, Instant now) {
        if (deletedVersion.equals(activeVersion)) {
            activeVersion = null;
        }
        if (deletedVersion.equals(previousVersion)) {
            previousVersion = null;
        }
        updatedAt = now;
    }

    /** Records a change of one of its versions, so that a client holding the old revision gets a conflict. */
    public void touch(Instant now) {
        updatedAt = now;
    }

    public String pluginId() {
        return pluginId;
    }

    public String displayName() {
        return displayName;
    }

    public String activeVersion() {
        return activeVersion;
    }

    public String previousVersion() {
        return previousVersion;
    }

    public long revision() {
        return version;
    }
}
