package vn.tochuc.danhgia.rating.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.rating.CriterionPoints;
import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.RatingFacts;
import vn.tochuc.danhgia.rating.SelfAssessmentEdit;
import vn.tochuc.danhgia.rating.SubjectKind;
import vn.tochuc.danhgia.rating.TargetOutcome;
import vn.tochuc.danhgia.rating.TargetResult;

class ScoringTest {

    static final Frame FRAME = new Frame(List.of(new Frame.Criterion("1.1", "Chính trị", new BigDecimal("30"), false),
            new Frame.Criterion("2", "Kết quả nhiệm vụ", new BigDecimal("70"), true)),
            Map.of("2", List.of(target("Giải ngân", "40"), target("Thu ngân sách", "30"))));

    static final vn.tochuc.danhgia.rating.RuleSet RULES = new PointsRuleSet();

    static TargetRow target(String title, String points) {
        return new TargetRow(title, "Tỷ lệ", new BigDecimal("95"), "%", "Báo cáo", LocalDate.of(2025, 12, 31),
                new BigDecimal(points));
    }

    static SelfAssessmentEdit edit(String general, String tasks, TargetOutcome... outcomes) {
        List<TargetResult> targets = new java.util.ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            targets.add(new TargetResult("2", i, new BigDecimal("96"), "Báo cáo số " + i, outcomes[i]));
        }
        return new SelfAssessmentEdit(0L, List.of(new CriterionPoints("1.1", general == null ? null
                : new BigDecimal(general)), new CriterionPoints("2", tasks == null ? null : new BigDecimal(tasks))),
                targets, null, null);
    }

    static List<FieldError> refused(SelfAssessmentEdit edit) {
        AppException e = assertThrows(AppException.class,
                () -> Scoring.check(FRAME, RULES, SubjectKind.COLLECTIVE, edit));
        assertEquals(ErrorKind.INVALID, e.kind());
        return e.fieldErrors();
    }

    @Test
    void pointsAboveTheMaximumOrNegativeAreRefusedNamingTheCriterion() {
        List<FieldError> errors = refused(edit("30.25", "-1"));
        assertEquals(List.of("criteria[1.1]", "criteria[2]"), errors.stream().map(FieldError::field).toList());
        assertEquals("rating.error.points-range", errors.get(0).key());
        assertEquals(List.of("1.1", "30"), errors.get(0).args());
    }

    @Test
    void pointsOutsideTheRuleSetsStepAreRefused() {
        List<FieldError> errors = refused(edit("20.1", "60.75"));
        assertEquals(1, errors.size());
        assertEquals("rating.error.points-step", errors.get(0).key());
        assertEquals(List.of("1.1", "0,25"), errors.get(0).args());
    }

    @Test
    void unknownCriteriaAndTargetsAreRefused() {
        SelfAssessmentEdit edit = new SelfAssessmentEdit(0L, List.of(new CriterionPoints("9", BigDecimal.ONE)),
                List.of(new TargetResult("2", 2, null, "", TargetOutcome.DONE)), null, null);
        List<FieldError> errors = refused(edit);
        assertEquals(List.of("rating.error.criterion-unknown", "rating.error.target-unknown"),
                errors.stream().map(FieldError::key).toList());
    }

    @Test
    void aCollectiveHasNoCollectiveCommentsButAnIndividualHas() {
        SelfAssessmentEdit edit = new SelfAssessmentEdit(0L, List.of(), List.of(), "Gương mẫu", Level.HTTNV);
        assertEquals("rating.error.comments-individual-only", refused(edit).get(0).key());
        Scores scores = Scoring.check(FRAME, RULES, SubjectKind.CHIEF, edit);
        assertEquals(Level.HTTNV, Scores.read(scores.json()).collectiveProposedLevel());
        assertEquals("Gương mẫu", Scores.read(scores.json()).collectiveComments());
    }

    @Test
    void aDraftKeepsWhatWasEnteredAndItsStoredFormReadsBackTheSame() {
        Scores scores = Scoring.check(FRAME, RULES, SubjectKind.COLLECTIVE,
                edit("27.5", null, TargetOutcome.EXCEEDED));
        Scores read = Scores.read(scores.json());
        assertEquals(0, new BigDecimal("27.5").compareTo(read.points().get("1.1")));
        assertEquals(null, read.points().get("2"));
        assertEquals(TargetOutcome.EXCEEDED, read.entry("2", 0).outcome());
        assertEquals("Báo cáo số 0", read.entry("2", 0).output());
        assertEquals(0, new BigDecimal("27.5").compareTo(Scoring.total(read)));
    }

    @Test
    void submissionNeedsEveryCriterionScoredAndEveryTargetDeclared() {
        Scores partial = Scoring.check(FRAME, RULES, SubjectKind.COLLECTIVE, edit("27.5", null, TargetOutcome.DONE));
        AppException e = assertThrows(AppException.class, () -> Scoring.checkComplete(FRAME, partial));
        assertEquals(List.of("criteria[2]", "targets[2][1]"), e.fieldErrors().stream().map(FieldError::field).toList());
        Scores full = Scoring.check(FRAME, RULES, SubjectKind.COLLECTIVE,
                edit("27.5", "63.25", TargetOutcome.DONE, TargetOutcome.LATE));
        Scoring.checkComplete(FRAME, full);
    }

    @Test
    void theFactsCountUnscoredCriteriaAsZeroAndUndeclaredTargetsAsMissed() {
        Scores partial = Scoring.check(FRAME, RULES, SubjectKind.DEPUTY, edit("27.5", null, TargetOutcome.DONE));
        RatingFacts facts = Scoring.facts(FRAME, partial, SubjectKind.DEPUTY);
        assertEquals(0, new BigDecimal("27.5").compareTo(facts.points()));
        assertEquals(List.of(TargetOutcome.DONE, TargetOutcome.MISSED), facts.targets());
        assertTrue(facts.criteria().get(1).taskResult());
        assertEquals(Level.KHTNV, RULES.rate(facts).level());
    }

    @Test
    void theFrozenFrameReadsBackTheSame() {
        Frame read = Frame.read(FRAME.json());
        assertEquals(FRAME.criteria(), read.criteria());
        assertEquals(FRAME.targetsOf("2"), read.targetsOf("2"));
        assertEquals(0, new BigDecimal("100").compareTo(read.max()));
    }
}
