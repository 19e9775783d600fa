package vn.tochuc.danhgia.criteria.check;

import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/** Checks one node of a criteria tree, without its descendants (the framework check walks the tree). */
final class CriterionCheck {

    /** More targets than this cannot be appraised seriously, and points would be split into crumbs. */
    static final int MAX_TARGETS = 50;

    private CriterionCheck() {}

    static List<Finding> check(SubjectType subject, Criterion criterion) {
        List<Finding> findings = new ArrayList<>();
        String code = criterion.code();
        if (!Patterns.isCriterionCode(code)) {
            findings.add(FindingCode.CRITERION_CODE_INVALID.about(subject, code, null, code));
        }
        if (criterion.title().isBlank()) {
            findings.add(FindingCode.CRITERION_TITLE_MISSING.about(subject, code, null, code));
        }
        if (!criterion.maxPoints().isPositive()) {
            findings.add(FindingCode.MAX_POINTS_NOT_POSITIVE.about(subject, code, null, code, criterion.maxPoints()));
        }
        if (!criterion.isLeaf()) {
            Points childSum = Points.sum(criterion.children().stream().map(Criterion::maxPoints).toList());
            if (!childSum.equals(criterion.maxPoints())) {
                findings.add(FindingCode.POINTS_DO_NOT_ADD_UP.about(subject, code, null, code,
                        criterion.maxPoints(), childSum));
            }
            if (criterion.isConcretized()) {
                findings.add(FindingCode.RULE_ON_PARENT.about(subject, code, null, code));
            }
        }
        if (criterion.isConcretized()) {
            findings.addAll(checkRule(subject, criterion));
        }
        return findings;
    }

    private static List<Finding> checkRule(SubjectType subject, Criterion criterion) {
        List<Finding> findings = new ArrayList<>();
        ConcretizationRule rule = criterion.concretization();
        String code = criterion.code();
        int min = rule.minTargets();
        int max = rule.maxTargets();
        if (min < 1 || min > max || max > MAX_TARGETS) {
            findings.add(FindingCode.RULE_BOUNDS_INVALID.about(subject, code, null, code, min, max, MAX_TARGETS));
        }
        if (!rule.pointsSum().equals(criterion.maxPoints())) {
            findings.add(FindingCode.RULE_SUM_MISMATCH.about(subject, code, null, code, rule.pointsSum(),
                    criterion.maxPoints()));
        } else if (min > rule.pointsSum().tenths() && rule.pointsSum().isPositive()) {
            // each target needs at least one tenth of a point, so too many required targets cannot add up
            findings.add(FindingCode.RULE_UNSATISFIABLE.about(subject, code, null, code, min, rule.pointsSum()));
        }
        return findings;
    }
}
