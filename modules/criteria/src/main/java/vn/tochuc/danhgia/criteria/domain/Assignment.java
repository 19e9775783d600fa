package vn.tochuc.danhgia.criteria.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A plugin for one unit, or for every unit of one group, in one evaluation year. */
@Entity
@Table(name = "criteria_assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "eval_year")
    private int evalYear;

    @Column(name = "plugin_id")
    private String pluginId;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "group_code")
    private String groupCode;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Assignment() {}

    private Assignment(int year, String pluginId, String unitCode, String groupCode, String createdBy, Instant now) {
        this.evalYear = year;
        this.pluginId = pluginId;
        this.unitCode = unitCode;
        this.groupCode = groupCode;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public static Assignment ofUnit(int year, String pluginId, String unitCode, String by, Instant now) {
        return new Assignment(year, pluginId, unitCode, null, by, now);
    }

    public static Assignment ofGroup(int year, String pluginId, String groupCode, String by, Instant now) {
        return new Assignment(year, pluginId, null, groupCode, by, now);
    }

    public Long id() {
        return id;
    }

    public int year() {
        return evalYear;
    }

    public String pluginId() {
        return pluginId;
    }

    public String unitCode() {
        return unitCode;
    }

    public String groupCode() {
        return groupCode;
    }

    public boolean forUnit() {
        return unitCode != null;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
