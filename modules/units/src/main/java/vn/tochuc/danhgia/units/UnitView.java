package vn.tochuc.danhgia.units;

/**
 * A unit as others see it.
 *
 * @param code the stable code, e.g. {@code STC}
 * @param name the Vietnamese name, e.g. "Sở Tài chính"
 * @param group the code of its recipient group
 * @param groupName the group's name
 * @param parentCode the code of the unit it belongs to, or null
 * @param active false once deactivated: it receives nothing new
 * @param version for optimistic locking: send it back when changing the unit
 */
public record UnitView(String code, String name, String group, String groupName, String parentCode, boolean active,
        long version) {}
