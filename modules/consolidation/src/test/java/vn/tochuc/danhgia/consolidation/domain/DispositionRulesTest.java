package vn.tochuc.danhgia.consolidation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.consolidation.Decision;
import vn.tochuc.danhgia.consolidation.DispositionInput;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.FieldError;

/** Which decisions are acceptable, and when decisions may be made. */
class DispositionRulesTest {

    private static final Set<Long> KNOWN = Set.of(11L, 12L, 13L);

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void acceptsEveryDecisionWithTheResponsesItNeeds() {
        List<DispositionInput> rows = List.of(DispositionInput.of(11, Decision.ACCEPTED, null, null),
                DispositionInput.of(12, Decision.EXPLAINED, "Khung điểm đã theo Quy định 124.", 3L),
                new DispositionInput(13L, Decision.NOTED, "", List.of(), null));

        assertEquals(List.of(), DispositionRules.check(rows, KNOWN));
    }

    @Test
    void refusesAnExplanationWithoutItsReasonNamingTheRowAndTheComment() {
        List<FieldError> errors = DispositionRules.check(List.of(DispositionInput.of(11, Decision.ACCEPTED, "", null),
                DispositionInput.of(12, Decision.EXPLAINED, "   ", null)), KNOWN);

        assertEquals(List.of("rows[1].response"), fields(errors));
        assertEquals("consolidation.error.response-required.EXPLAINED", errors.get(0).key());
        assertEquals(List.of("12"), errors.get(0).args());
    }

    @Test
    void aPartialAcceptanceMustSayWhichPart() {
        List<FieldError> errors = DispositionRules.check(List.of(DispositionInput.of(13, Decision.PARTLY, null,
                null)), KNOWN);

        assertEquals(List.of("rows[0].response"), fields(errors));
    }

    @Test
    void reportsEveryBadRowAtOnce() {
        List<FieldError> errors = DispositionRules.check(List.of(DispositionInput.of(99, Decision.ACCEPTED, "", null),
                new DispositionInput(11L, null, "", List.of(), null),
                new DispositionInput(12L, Decision.ACCEPTED, "", List.of(11L, 98L), null),
                new DispositionInput(null, Decision.NOTED, "", List.of(), null)), KNOWN);

        assertEquals(List.of("rows[0].commentId", "rows[1].decision", "rows[2].group", "rows[2].group",
                "rows[3].commentId"), fields(errors));
        assertEquals("consolidation.error.duplicate-comment", errors.get(2).key(), "11 is decided twice");
        assertEquals("consolidation.error.unknown-comment", errors.get(3).key());
    }

    @Test
    void refusesAnEmptyRequest() {
        assertEquals(List.of("rows"), fields(DispositionRules.check(List.of(), KNOWN)));
        assertEquals(List.of("rows"), fields(DispositionRules.check(null, KNOWN)));
    }

    @Test
    void decisionsAreMadeOnlyWhileTheConsultationIsClosedAndNothingIsIssued() {
        DispositionRules.requireDecidable(ConsultationState.CLOSED, false);

        for (ConsultationState state : List.of(ConsultationState.DRAFT, ConsultationState.OPEN,
                ConsultationState.CONSOLIDATED)) {
            AppException e = assertThrows(AppException.class, () -> DispositionRules.requireDecidable(state, false));
            assertEquals(ErrorKind.CONFLICT, e.kind());
        }
        assertEquals("consolidation.error.issued", assertThrows(AppException.class,
                () -> DispositionRules.requireDecidable(ConsultationState.CLOSED, true)).key());
    }

    @Test
    void theRevisedDraftIsEditedAfterClosingUntilTheTextIsIssued() {
        DispositionRules.requireRevisable(ConsultationState.CLOSED, false);
        DispositionRules.requireRevisable(ConsultationState.CONSOLIDATED, false);

        assertThrows(AppException.class, () -> DispositionRules.requireRevisable(ConsultationState.OPEN, false));
        assertThrows(AppException.class, () -> DispositionRules.requireRevisable(ConsultationState.CONSOLIDATED, true));
    }

    @Test
    void theProposerNeverApprovesTheirOwnDecision() {
        DispositionRules.requireOtherApprover("board", "board2", 11);

        AppException e = assertThrows(AppException.class,
                () -> DispositionRules.requireOtherApprover("board", "board", 11));
        assertEquals(ErrorKind.FORBIDDEN, e.kind());
        assertTrue(e.getMessage().contains("không được tự phê duyệt"), e.getMessage());
    }

    @Test
    void aChangedDecisionIsProposedAgainButTheSameOneKeepsItsApproval() {
        Disposition d = new Disposition(1, 11);
        d.decide(Decision.ACCEPTED, "Đã sửa.", null, java.time.Instant.now(), "board");
        d.approve(java.time.Instant.now(), "board2");

        assertEquals(false, d.decide(Decision.ACCEPTED, "Đã sửa.", null, java.time.Instant.now(), "board"));
        assertEquals(vn.tochuc.danhgia.consolidation.DispositionState.APPROVED, d.state());

        assertEquals(true, d.decide(Decision.PARTLY, "Chỉ sửa khoản 1.", null, java.time.Instant.now(), "board2"));
        assertEquals(vn.tochuc.danhgia.consolidation.DispositionState.PROPOSED, d.state());
        assertEquals("board2", d.proposedBy());
        assertEquals(null, d.approvedBy());
    }
}
