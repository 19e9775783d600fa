package vn.tochuc.danhgia.criteria;

/**
 * Where a unit's framework for a year comes from.
 *
 * @param unitCode      the unit
 * @param unitName      its name
 * @param groupCode     its group
 * @param year          the evaluation year
 * @param status        whether it has a framework
 * @param pluginId      the assigned plugin, or {@code null}
 * @param pluginVersion the plugin's active version, or {@code null}
 * @param assignedVia   {@code UNIT} when assigned to the unit itself, {@code GROUP} when through its group, or
 *                      {@code null}
 */
public record UnitCoverage(String unitCode, String unitName, String groupCode, int year, FrameworkStatus status,
        String pluginId, String pluginVersion, String assignedVia) {

    public static final String VIA_UNIT = "UNIT";
    public static final String VIA_GROUP = "GROUP";
}
