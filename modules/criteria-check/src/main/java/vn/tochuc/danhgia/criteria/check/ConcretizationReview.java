package vn.tochuc.danhgia.criteria.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * The whole check of a submitted concretization, as the host runs it: the generic {@link ConcretizationCheck}
 * first, then the plugin's agency-specific check, both reported together so that the unit can fix everything at
 * once. The plugin's check runs even when the generic one found errors; plugins are told to expect that.
 */
public final class ConcretizationReview {

    private ConcretizationReview() {}

    /**
     * Reviews against a given framework, typically the snapshot frozen into the evaluation.
     *
     * @param plugin the plugin whose check runs after the generic one, or {@code null} when it is not available
     *               (disabled or failed): then only the generic check runs
     */
    public static CheckReport review(Framework framework, Concretization concretization, CriteriaPlugin plugin) {
        List<Finding> findings = new ArrayList<>(ConcretizationCheck.check(framework, concretization));
        if (plugin != null) {
            findings.addAll(pluginFindings(plugin, concretization));
        }
        return CheckReport.of(findings);
    }

    /** Reviews against the plugin's current framework for the concretization's subject type. */
    public static CheckReport review(CriteriaPlugin plugin, Concretization concretization) {
        SubjectType subject = concretization.subjectType();
        List<Finding> findings = new ArrayList<>();
        Optional<Framework> framework = Optional.ofNullable(
                PluginChecker.call(() -> plugin.framework(subject), FindingCode.PLUGIN_FRAMEWORKS_FAILED, findings))
                .flatMap(f -> f);
        if (framework.isEmpty()) {
            if (findings.isEmpty()) {
                findings.add(FindingCode.SUBJECT_TYPE_MISSING.about(subject, null, null, subject));
            }
            return CheckReport.of(findings);
        }
        return review(framework.get(), concretization, plugin);
    }

    private static List<Finding> pluginFindings(CriteriaPlugin plugin, Concretization concretization) {
        List<Finding> findings = new ArrayList<>();
        List<CheckMessage> messages = PluginChecker.call(() -> plugin.check(concretization),
                FindingCode.PLUGIN_CHECK_FAILED, findings);
        if (messages != null) {
            for (CheckMessage message : messages) {
                if (message != null) {
                    findings.add(Finding.fromPlugin(message, concretization.subjectType()));
                }
            }
        }
        return findings;
    }
}
