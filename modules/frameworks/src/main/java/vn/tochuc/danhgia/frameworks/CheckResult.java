package vn.tochuc.danhgia.frameworks;

import java.util.List;
import vn.tochuc.danhgia.criteria.FindingView;

/**
 * The check of a unit framework's targets: the host's generic check, then the plugin's own.
 *
 * @param ok             whether nothing blocks submission (no error; warnings do not block)
 * @param agencyCheckRan whether the plugin's own check ran; when its plugin is disabled or failed only the generic
 *                       check runs, submission is still allowed, and the Board sees a warning
 * @param findings       the findings, generic first, in Vietnamese and English
 * @param totals         the totals against the maxima
 */
public record CheckResult(boolean ok, boolean agencyCheckRan, List<FindingView> findings, Totals totals) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    /** The errors, which block submission. */
    public List<FindingView> errors() {
        return findings.stream().filter(FindingView::error).toList();
    }
}
