package vn.tochuc.danhgia.criteria;

import java.util.List;

/**
 * The review of a concretization.
 *
 * @param pluginId        the plugin whose framework was used
 * @param pluginVersion   its version
 * @param agencyCheckRan  whether the plugin's own check ran to the end
 * @param ok              whether nothing blocks (no error finding)
 * @param findings        generic findings first, then the plugin's
 */
public record ReviewResult(String pluginId, String pluginVersion, boolean agencyCheckRan, boolean ok,
        List<FindingView> findings) {

    public ReviewResult {
        findings = List.copyOf(findings);
    }
}
