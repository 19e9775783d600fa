package vn.tochuc.danhgia.criteria.domain;

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
import java.util.Arrays;
import java.util.List;
import vn.tochuc.danhgia.criteria.PluginState;

/** One installed plugin version: what its JAR declared, where the JAR is (by SHA-256), and its state. */
@Entity
@Table(name = "criteria_plugin_version")
public class PluginVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plugin_id")
    private String pluginId;

    private String version;

    @Enumerated(EnumType.STRING)
    private PluginState state;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "spi_version")
    private String spiVersion;

    private String sha256;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String regulation;

    @Column(name = "year_from")
    private int yearFrom;

    @Column(name = "year_to")
    private int yearTo;

    @Column(name = "unit_codes")
    private String unitCodes;

    @Column(name = "group_codes")
    private String groupCodes;

    @Column(name = "installed_by")
    private String installedBy;

    @Column(name = "installed_at")
    private Instant installedAt;

    @Column(name = "state_changed_at")
    private Instant stateChangedAt;

    @Column(name = "state_reason")
    private String stateReason;

    @Column(name = "report_json")
    private String reportJson;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected PluginVersion() {}

    public PluginVersion(VersionFacts facts, String installedBy, Instant now, String reportJson) {
        this.pluginId = facts.pluginId();
        this.version = facts.version();
        this.state = PluginState.ENABLED;
        this.displayName = cut(facts.displayName(), 255);
        this.spiVersion = facts.spiVersion();
        this.sha256 = facts.sha256();
        this.fileName = cut(facts.fileName(), 255);
        this.sizeBytes = facts.sizeBytes();
        this.regulation = cut(facts.regulation(), 255);
        this.yearFrom = facts.yearFrom();
        this.yearTo = facts.yearTo();
        this.unitCodes = cut(String.join(",", facts.unitCodes()), 2000);
        this.groupCodes = cut(String.join(",", facts.groupCodes()), 2000);
        this.installedBy = cut(installedBy, 100);
        this.installedAt = now;
        this.stateChangedAt = now;
        this.stateReason = "";
        this.reportJson = reportJson;
    }

    public void changeState(PluginState newState, String reason, String newReportJson, Instant now) {
        this.state = newState;
        this.stateReason = cut(reason == null ? "" : reason, 1000);
        this.reportJson = newReportJson;
        this.stateChangedAt = now;
    }

    private static String cut(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(","));
    }

    public Long id() {
        return id;
    }

    public String pluginId() {
        return pluginId;
    }

    public String version() {
        return version;
    }

    public PluginState state() {
        return state;
    }

    public String displayName() {
        return displayName;
    }

    public String spiVersion() {
        return spiVersion;
    }

    public String sha256() {
        return sha256;
    }

    public String fileName() {
        return fileName;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String regulation() {
        return regulation;
    }

    public int yearFrom() {
        return yearFrom;
    }

    public int yearTo() {
        return yearTo;
    }

    public List<String> unitCodes() {
        return split(unitCodes);
    }

    public List<String> groupCodes() {
        return split(groupCodes);
    }

    public String installedBy() {
        return installedBy;
    }

    public Instant installedAt() {
        return installedAt;
    }

    public Instant stateChangedAt() {
        return stateChangedAt;
    }

    public String stateReason() {
        return stateReason;
    }

    public String reportJson() {
        return reportJson;
    }

    public boolean appliesTo(int year) {
        return yearFrom <= year && year <= yearTo;
    }

    /** Whether it declares it serves the unit (directly or through the group) or, with a null unit, the group. */
    public boolean serves(String unitCode, String groupCode) {
        return (unitCode != null && unitCodes().contains(unitCode))
                || (groupCode != null && groupCodes().contains(groupCode));
    }
}
