package vn.tochuc.danhgia.criteria;

import java.util.List;

/**
 * What an upload installed, and the checks' findings (warnings only: an error refuses the upload).
 *
 * @param plugin   the plugin after the install; the new version is its active version
 * @param version  the installed version
 * @param findings the warnings of the checks
 */
public record InstallResult(PluginView plugin, PluginVersionView version, List<FindingView> findings) {

    public InstallResult {
        findings = List.copyOf(findings);
    }
}
