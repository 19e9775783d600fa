package vn.tochuc.danhgia.units.web;

import java.io.Serializable;
import vn.tochuc.danhgia.units.UnitView;

/** The fields of the unit dialog; a new unit has no version. */
public class UnitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private String group;
    private String parentCode;
    private boolean active = true;
    private Long version;

    static UnitForm of(UnitView u) {
        UnitForm form = new UnitForm();
        form.code = u.code();
        form.name = u.name();
        form.group = u.group();
        form.parentCode = u.parentCode();
        form.active = u.active();
        form.version = u.version();
        return form;
    }

    public boolean isNew() {
        return version == null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getVersion() {
        return version;
    }
}
