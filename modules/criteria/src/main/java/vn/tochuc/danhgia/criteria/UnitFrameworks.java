package vn.tochuc.danhgia.criteria;

import java.util.List;

/**
 * A unit's frameworks for a year.
 *
 * @param coverage   where they come from
 * @param pluginName the plugin's display name, or empty
 * @param frameworks the collective's, the chief's and the deputies' frameworks; empty unless the status is OK
 */
public record UnitFrameworks(UnitCoverage coverage, String pluginName, List<FrameworkTree> frameworks) {

    public UnitFrameworks {
        frameworks = List.copyOf(frameworks);
    }
}
