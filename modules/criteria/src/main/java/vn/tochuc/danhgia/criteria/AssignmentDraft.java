package vn.tochuc.danhgia.criteria;

import java.util.List;

/**
 * Assigns a plugin to units and/or groups for one evaluation year.
 *
 * @param year       the evaluation year
 * @param pluginId   the plugin
 * @param unitCodes  units that use it (their own assignment wins over their group's)
 * @param groupCodes groups whose units use it unless assigned otherwise
 */
public record AssignmentDraft(Integer year, String pluginId, List<String> unitCodes, List<String> groupCodes) {

    public AssignmentDraft {
        unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
        groupCodes = groupCodes == null ? List.of() : List.copyOf(groupCodes);
    }
}
