package vn.tochuc.danhgia.units.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A unit. Its code is fixed at creation; the group and parent are codes, not references to other entities. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    private String name;

    @Column(name = "group_code")
    private String groupCode;

    @Column(name = "parent_code")
    private String parentCode;

    private boolean active = true;

    @Column(name = "sort_order")
    private int sortOrder;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Unit() {}

    public Unit(String code, String name, String groupCode, String parentCode, int sortOrder, Instant now) {
        this.code = code;
        this.name = name;
        this.groupCode = groupCode;
        this.parentCode = parentCode;
        this.sortOrder = sortOrder;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(String newName, String newGroup, String newParent, Instant now) {
        this.name = newName;
        this.groupCode = newGroup;
        this.parentCode = newParent;
        this.updatedAt = now;
    }

    public void setActive(boolean value, Instant now) {
        this.active = value;
        this.updatedAt = now;
    }

    public boolean sameAs(String otherName, String otherGroup, String otherParent) {
        return name.equals(otherName) && groupCode.equals(otherGroup)
                && java.util.Objects.equals(parentCode, otherParent);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String groupCode() {
        return groupCode;
    }

    public String parentCode() {
        return parentCode;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
