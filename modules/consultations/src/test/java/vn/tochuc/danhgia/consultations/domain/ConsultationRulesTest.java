package vn.tochuc.danhgia.consultations.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.Messages;

/** Deadlines, late answers, state transitions and receipts, as units and the Board rely on them. */
class ConsultationRulesTest {

    private static final Instant DEADLINE = Instant.parse("2023-10-31T10:00:00Z");
    private static final Instant BEFORE = DEADLINE.minusSeconds(60);
    private static final Instant AFTER = DEADLINE.plusSeconds(60);

    @Test
    void aUnitExtensionLaterThanTheConsultationDeadlineWins() {
        Instant later = DEADLINE.plus(Duration.ofDays(3));
        assertEquals(later, ConsultationRules.deadline(DEADLINE, later));
        assertEquals(DEADLINE, ConsultationRules.deadline(DEADLINE, null));
        assertEquals(DEADLINE, ConsultationRules.deadline(DEADLINE, DEADLINE.minusSeconds(5)),
                "a general extension beyond an earlier unit extension applies to that unit too");
    }

    @Test
    void rejectsSubmissionAfterDeadlineWithAVietnameseMessage() {
        AppException e = assertThrows(AppException.class,
                () -> ConsultationRules.requireEditable(ConsultationState.OPEN, AFTER, DEADLINE, false, false));

        assertEquals(ErrorKind.CONFLICT, e.kind());
        assertEquals("consultations.error.deadline-passed", e.key());
        assertTrue(e.text(Messages.VIETNAMESE).startsWith("Đã hết hạn góp ý (31/10/2023 17:00)"),
                e.text(Messages.VIETNAMESE));
    }

    @Test
    void acceptsALateFirstSubmissionWhenLateAnswersAreAllowedAndMarksItLate() {
        assertDoesNotThrow(() -> ConsultationRules.requireEditable(ConsultationState.OPEN, AFTER, DEADLINE, true,
                false));
        assertTrue(ConsultationRules.late(AFTER, DEADLINE));
        assertFalse(ConsultationRules.late(BEFORE, DEADLINE));
    }

    @Test
    void locksASubmittedAnswerUntilItIsWithdrawn() {
        AppException e = assertThrows(AppException.class,
                () -> ConsultationRules.requireEditable(ConsultationState.OPEN, BEFORE, DEADLINE, true, true));
        assertEquals("consultations.error.already-submitted", e.key());
    }

    @Test
    void allowsWithdrawingOnlyBeforeTheDeadline() {
        assertDoesNotThrow(() -> ConsultationRules.requireWithdrawable(ConsultationState.OPEN, BEFORE, DEADLINE, true));
        assertEquals("consultations.error.deadline-passed", assertThrows(AppException.class,
                () -> ConsultationRules.requireWithdrawable(ConsultationState.OPEN, AFTER, DEADLINE, true)).key());
        assertEquals("consultations.error.not-submitted", assertThrows(AppException.class,
                () -> ConsultationRules.requireWithdrawable(ConsultationState.OPEN, BEFORE, DEADLINE, false)).key());
    }

    @Test
    void refusesAnswersToAClosedOrUnpublishedConsultation() {
        assertEquals("consultations.error.closed", assertThrows(AppException.class,
                () -> ConsultationRules.requireEditable(ConsultationState.CLOSED, BEFORE, DEADLINE, true, false)).key());
        assertEquals("consultations.error.not-open", assertThrows(AppException.class,
                () -> ConsultationRules.requireEditable(ConsultationState.DRAFT, BEFORE, DEADLINE, true, false)).key());
    }

    @Test
    void statesOnlyMoveForwardOneStep() {
        assertDoesNotThrow(() -> ConsultationRules.move(ConsultationState.DRAFT, ConsultationState.OPEN));
        assertDoesNotThrow(() -> ConsultationRules.move(ConsultationState.OPEN, ConsultationState.CLOSED));
        assertDoesNotThrow(() -> ConsultationRules.move(ConsultationState.CLOSED, ConsultationState.CONSOLIDATED));
        AppException e = assertThrows(AppException.class,
                () -> ConsultationRules.move(ConsultationState.OPEN, ConsultationState.OPEN));
        assertEquals(ErrorKind.CONFLICT, e.kind());
        assertThrows(AppException.class, () -> ConsultationRules.move(ConsultationState.DRAFT, ConsultationState.CLOSED));
        assertThrows(AppException.class, () -> ConsultationRules.move(ConsultationState.CLOSED, ConsultationState.OPEN));
    }

    @Test
    void numbersReceiptsByConsultationUnitAndSubmission() {
        assertEquals("GY-12-STC-1", ConsultationRules.receiptNumber(12, "STC", 1));
        assertEquals("GY-12-STC-2", ConsultationRules.receiptNumber(12, "STC", 2));
    }

    @Test
    void remindsOnlyWithinTheConfiguredDaysBeforeTheDeadline() {
        assertTrue(ConsultationRules.reminderDue(DEADLINE.minus(Duration.ofDays(1)), DEADLINE, 2));
        assertTrue(ConsultationRules.reminderDue(DEADLINE.minus(Duration.ofDays(2)), DEADLINE, 2));
        assertFalse(ConsultationRules.reminderDue(DEADLINE.minus(Duration.ofDays(3)), DEADLINE, 2));
        assertFalse(ConsultationRules.reminderDue(AFTER, DEADLINE, 2), "no reminder once the deadline has passed");
    }
}
