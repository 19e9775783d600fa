package vn.tochuc.danhgia.rating.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.rating.CriterionPoints;
import vn.tochuc.danhgia.rating.CriterionScore;
import vn.tochuc.danhgia.rating.RatingFacts;
import vn.tochuc.danhgia.rating.RuleSet;
import vn.tochuc.danhgia.rating.SelfAssessmentEdit;
import vn.tochuc.danhgia.rating.SubjectKind;
import vn.tochuc.danhgia.rating.TargetOutcome;
import vn.tochuc.danhgia.rating.TargetResult;

/**
 * Checks what a unit enters against its frozen frame and the cycle's rule set (every bad criterion or target named at
 * once), and turns it into the facts the rule set rates. Pure: no container, so it is unit tested.
 */
final class Scoring {

    static final int MAX_OUTPUT = 2000;
    static final int MAX_COMMENTS = 4000;

    private Scoring() {}

    /** The edit as stored scores. @throws vn.tochuc.danhgia.kernel.AppException INVALID naming each bad entry */
    static Scores check(Frame frame, RuleSet rules, SubjectKind kind, SelfAssessmentEdit edit) {
        Checks checks = Checks.start();
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (CriterionPoints c : edit.criteria()) {
            String code = c == null || c.code() == null ? "" : c.code().strip();
            String field = "criteria[" + code + "]";
            var criterion = frame.criterion(code);
            if (criterion.isEmpty()) {
                checks.when(true, field, "rating.error.criterion-unknown", code);
                continue;
            }
            checks.when(points.containsKey(code), field, "rating.error.criterion-twice", code);
            BigDecimal value = c.points();
            if (value == null) {
                continue;
            }
            BigDecimal max = criterion.get().max();
            if (value.signum() < 0 || value.compareTo(max) > 0) {
                checks.when(true, field, "rating.error.points-range", code, plain(max));
            } else if (value.remainder(rules.pointStep()).signum() != 0) {
                checks.when(true, field, "rating.error.points-step", code, plain(rules.pointStep()));
            }
            points.put(code, value);
        }
        Map<String, Map<Integer, Scores.Entry>> targets = new LinkedHashMap<>();
        for (TargetResult t : edit.targets()) {
            String code = t == null || t.criterionCode() == null ? "" : t.criterionCode().strip();
            int index = t == null || t.targetIndex() == null ? -1 : t.targetIndex();
            String field = "targets[" + code + "][" + index + "]";
            if (index < 0 || index >= frame.targetsOf(code).size()) {
                checks.when(true, field, "rating.error.target-unknown", code, index + 1);
                continue;
            }
            String output = t.output() == null ? "" : t.output().strip();
            checks.maxLength(field + ".output", output, MAX_OUTPUT);
            targets.computeIfAbsent(code, k -> new LinkedHashMap<>())
                    .put(index, new Scores.Entry(t.achieved(), output, t.outcome()));
        }
        String comments = edit.collectiveComments() == null ? "" : edit.collectiveComments().strip();
        boolean individualOnly = !kind.isIndividual() && (!comments.isEmpty() || edit.collectiveProposedLevel() != null);
        checks.when(individualOnly, "collectiveComments", "rating.error.comments-individual-only")
                .maxLength("collectiveComments", comments, MAX_COMMENTS).throwIfAny();
        return new Scores(points, targets, comments, edit.collectiveProposedLevel());
    }

    /** Everything a submission needs: every criterion scored and every target's outcome declared. */
    static void checkComplete(Frame frame, Scores scores) {
        Checks checks = Checks.start();
        for (Frame.Criterion c : frame.criteria()) {
            checks.when(scores.points().get(c.code()) == null, "criteria[" + c.code() + "]",
                    "rating.error.criterion-unscored", c.code());
        }
        for (String code : frame.targets().keySet()) {
            List<TargetRow> rows = frame.targetsOf(code);
            for (int i = 0; i < rows.size(); i++) {
                Scores.Entry e = scores.entry(code, i);
                checks.when(e == null || e.outcome() == null, "targets[" + code + "][" + i + "]",
                        "rating.error.target-undeclared", code, i + 1);
            }
        }
        checks.throwIfAny();
    }

    /**
     * The facts of a subject as entered: unscored criteria count 0 and targets without an outcome count as missed,
     * so a draft's derived level is never better than what has been declared.
     */
    static RatingFacts facts(Frame frame, Scores scores, SubjectKind kind) {
        RatingFacts.Builder facts = RatingFacts.builder(kind);
        for (Frame.Criterion c : frame.criteria()) {
            BigDecimal points = scores.points().getOrDefault(c.code(), BigDecimal.ZERO);
            facts.criterion(new CriterionScore(c.code(), points == null ? BigDecimal.ZERO : points, c.max(),
                    c.taskResult()));
        }
        for (String code : frame.targets().keySet()) {
            for (int i = 0; i < frame.targetsOf(code).size(); i++) {
                Scores.Entry e = scores.entry(code, i);
                facts.target(e == null || e.outcome() == null ? TargetOutcome.MISSED : e.outcome());
            }
        }
        return facts.build();
    }

    static BigDecimal total(Scores scores) {
        Set<String> seen = new HashSet<>();
        return scores.points().entrySet().stream().filter(e -> e.getValue() != null && seen.add(e.getKey()))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
