package vn.tochuc.danhgia.criteria.check;

import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;
import vn.tochuc.danhgia.criteria.spi.TargetField;

/**
 * Checks one target: a title, positive points, the fields the rule requires, a value that can be measured (it has a
 * unit), and a deadline within the evaluation year, because the year's rating can only count what is due in it.
 */
final class TargetCheck {

    private TargetCheck() {}

    static List<Finding> check(SubjectType subject, String code, ConcretizationRule rule, int index, Target target,
            int year) {
        List<Finding> findings = new ArrayList<>();
        int shown = index + 1;
        if (target.title().isBlank()) {
            findings.add(FindingCode.TARGET_TITLE_MISSING.about(subject, code, index, code, shown));
        }
        if (!target.points().isPositive()) {
            findings.add(FindingCode.TARGET_POINTS_NOT_POSITIVE.about(subject, code, index, code, shown,
                    target.points()));
        }
        for (TargetField field : rule.requiredFields()) {
            if (!has(target, field)) {
                findings.add(FindingCode.TARGET_FIELD_MISSING.about(subject, code, index, code, shown, field));
            }
        }
        if (target.targetValue() != null && target.unit().isBlank()) {
            findings.add(FindingCode.TARGET_VALUE_WITHOUT_UNIT.about(subject, code, index, code, shown));
        }
        if (target.deadline() != null && target.deadline().getYear() != year) {
            findings.add(FindingCode.TARGET_DEADLINE_OUTSIDE_YEAR.about(subject, code, index, code, shown,
                    target.deadline(), year));
        }
        return findings;
    }

    /** Whether a target field counts as filled in. */
    static boolean has(Target target, TargetField field) {
        switch (field) {
            case INDICATOR:
                return !target.indicator().isBlank();
            case TARGET_VALUE:
                return target.targetValue() != null;
            case OUTPUT:
                return !target.output().isBlank();
            case DEADLINE:
                return target.deadline() != null;
            default:
                throw new IllegalArgumentException("Unknown field " + field);
        }
    }
}
