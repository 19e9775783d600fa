package vn.tochuc.danhgia.criteria.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * Checks a plugin's frameworks: one per subject type, each totalling {@link Framework#SCALE}, and a sound criteria
 * tree in each (see {@link CriterionCheck}).
 */
public final class FrameworkCheck {

    private FrameworkCheck() {}

    public static List<Finding> check(List<Framework> frameworks) {
        List<Finding> findings = new ArrayList<>();
        Map<SubjectType, Integer> counts = new EnumMap<>(SubjectType.class);
        for (Framework framework : frameworks == null ? List.<Framework>of() : frameworks) {
            if (framework == null || framework.subjectType() == null) {
                String title = framework == null ? "" : framework.title();
                findings.add(FindingCode.FRAMEWORK_SUBJECT_MISSING.about(null, null, null, title));
                continue;
            }
            counts.merge(framework.subjectType(), 1, Integer::sum);
            findings.addAll(check(framework));
        }
        for (SubjectType subject : SubjectType.values()) {
            int count = counts.getOrDefault(subject, 0);
            if (count == 0) {
                findings.add(FindingCode.SUBJECT_TYPE_MISSING.about(subject, null, null, subject));
            } else if (count > 1) {
                findings.add(FindingCode.SUBJECT_TYPE_DUPLICATE.about(subject, null, null, subject));
            }
        }
        return findings;
    }

    /** The checks of one framework on its own. */
    public static List<Finding> check(Framework framework) {
        SubjectType subject = framework.subjectType();
        List<Finding> findings = new ArrayList<>();
        if (framework.title().isBlank()) {
            findings.add(FindingCode.FRAMEWORK_TITLE_MISSING.about(subject, null, null, subject));
        }
        if (framework.groups().isEmpty()) {
            findings.add(FindingCode.FRAMEWORK_EMPTY.about(subject, null, null, subject));
            return findings;
        }
        if (!framework.totalPoints().equals(Framework.SCALE)) {
            findings.add(FindingCode.FRAMEWORK_TOTAL_NOT_100.about(subject, null, null, subject,
                    framework.totalPoints()));
        }
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        framework.criteria().forEach(criterion -> {
            if (!seen.add(criterion.code()) && reported.add(criterion.code())) {
                findings.add(FindingCode.CRITERION_CODE_DUPLICATE.about(subject, criterion.code(), null,
                        criterion.code(), subject));
            }
            findings.addAll(CriterionCheck.check(subject, criterion));
        });
        if (framework.criteria().noneMatch(Criterion::isConcretized)) {
            findings.add(FindingCode.NO_CONCRETIZED_CRITERION.about(subject, null, null, subject));
        }
        return findings;
    }
}
