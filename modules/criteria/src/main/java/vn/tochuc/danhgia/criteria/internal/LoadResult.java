package vn.tochuc.danhgia.criteria.internal;

import java.util.List;
import vn.tochuc.danhgia.criteria.check.Finding;

/** A loaded plugin with its warnings, or no plugin and the findings that refused it. */
public record LoadResult(LoadedPlugin plugin, List<Finding> findings) {

    public LoadResult {
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return plugin != null;
    }

    public String summary() {
        return findings.stream().filter(Finding::isError).map(f -> f.code() + ": " + f.messageEn())
                .reduce((a, b) -> a + "; " + b).orElse("");
    }
}
