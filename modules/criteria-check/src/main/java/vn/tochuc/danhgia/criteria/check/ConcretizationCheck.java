package vn.tochuc.danhgia.criteria.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;

/**
 * The generic check of a unit's concretization against the framework's rules, which the host runs before the
 * plugin's own check: targets only for concretized criteria, their number within the rule's bounds, their points
 * adding up to the rule's sum, and each target complete (see {@link TargetCheck}).
 */
public final class ConcretizationCheck {

    private ConcretizationCheck() {}

    public static List<Finding> check(Framework framework, Concretization concretization) {
        SubjectType subject = concretization.subjectType();
        List<Finding> findings = new ArrayList<>();
        if (framework.subjectType() != subject) {
            findings.add(FindingCode.CONCRETIZATION_SUBJECT_MISMATCH.about(subject, null, null, subject,
                    framework.subjectType()));
            return findings;
        }
        if (subject == SubjectType.DEPUTY && concretization.deputyField().isBlank()) {
            findings.add(FindingCode.DEPUTY_FIELD_MISSING.about(subject, null, null));
        }
        Map<String, Criterion> concretized = framework.concretizedCriteria().stream()
                .collect(Collectors.toMap(Criterion::code, Function.identity(), (first, second) -> first));
        for (String code : concretization.targets().keySet()) {
            if (!concretized.containsKey(code)) {
                findings.add(FindingCode.TARGETS_FOR_UNKNOWN_CRITERION.about(subject, code, null, code));
            }
        }
        for (Criterion criterion : concretized.values()) {
            findings.addAll(checkCriterion(subject, criterion, concretization));
        }
        return findings;
    }

    private static List<Finding> checkCriterion(SubjectType subject, Criterion criterion, Concretization c) {
        List<Finding> findings = new ArrayList<>();
        ConcretizationRule rule = criterion.concretization();
        String code = criterion.code();
        List<Target> targets = c.targetsOf(code);
        if (targets.isEmpty()) {
            findings.add(FindingCode.TARGETS_MISSING.about(subject, code, null, code, rule.minTargets(),
                    rule.maxTargets()));
            return findings;
        }
        if (targets.size() < rule.minTargets() || targets.size() > rule.maxTargets()) {
            findings.add(FindingCode.TARGET_COUNT_OUT_OF_RANGE.about(subject, code, null, code, targets.size(),
                    rule.minTargets(), rule.maxTargets()));
        }
        Points sum = Points.sum(targets.stream().map(Target::points).toList());
        if (!sum.equals(rule.pointsSum())) {
            findings.add(FindingCode.TARGET_POINTS_DO_NOT_ADD_UP.about(subject, code, null, code, sum,
                    rule.pointsSum()));
        }
        for (int i = 0; i < targets.size(); i++) {
            findings.addAll(TargetCheck.check(subject, code, rule, i, targets.get(i), c.year()));
        }
        return findings;
    }
}
