package vn.tochuc.danhgia.units.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A recipient group of the Board's letters. */
@Entity
@Table(name = "unit_group")
public class UnitGroup {

    @Id
    private String code;

    private String name;

    @Column(name = "sort_order")
    private int sortOrder;

    @Version
    private long version;

    protected UnitGroup() {}

    public UnitGroup(String code, String name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public void rename(String newName, int newSortOrder) {
        this.name = newName;
        this.sortOrder = newSortOrder;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public long version() {
        return version;
    }
}
