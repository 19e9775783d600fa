package vn.tochuc.danhgia.units.internal;

import vn.tochuc.danhgia.units.domain.Unit;

/** The values of a unit written to the audit log before and after a change. */
public record UnitSnapshot(String code, String name, String group, String parentCode, boolean active) {

    static UnitSnapshot of(Unit u) {
        return new UnitSnapshot(u.code(), u.name(), u.groupCode(), u.parentCode(), u.active());
    }
}
