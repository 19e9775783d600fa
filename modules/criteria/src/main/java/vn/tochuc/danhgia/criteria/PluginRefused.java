package vn.tochuc.danhgia.criteria;

import java.util.List;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.FieldError;

/**
 * A plugin JAR the host refused, with every finding of its checks. Nothing was changed. Over REST it is a problem
 * whose {@code errors} list one entry per finding: the finding's code and its message in the caller's language.
 */
public class PluginRefused extends AppException {

    private static final long serialVersionUID = 1L;
    /** The bundle key that shows a finding's message in the caller's language (vi: {0}, en: {1}). */
    public static final String FINDING_KEY = "criteria.finding";

    private final transient List<FindingView> findings;

    public PluginRefused(ErrorKind kind, String key, List<Finding> findings) {
        super(kind, key, List.of(findings.stream().filter(Finding::isError).count()), fieldErrors(findings));
        this.findings = findings.stream().map(FindingView::of).toList();
    }

    public List<FindingView> findings() {
        return findings;
    }

    private static List<FieldError> fieldErrors(List<Finding> findings) {
        return findings.stream().map(f -> FieldError.of(f.code(), FINDING_KEY, f.messageVi(), f.messageEn())).toList();
    }
}
