package vn.tochuc.danhgia.consultations.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.consultations.UnitAnswerStatus;
import vn.tochuc.danhgia.consultations.web.RoundClock.TimeState;

class RoundClockTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofHours(44));
    private final RoundClock clock = new RoundClock(Clock.fixed(NOW, ZoneOffset.UTC));

    private static ConsultationView round(ConsultationState state, Instant deadline, Instant unitDeadline,
            boolean lateAllowed) {
        ConsultationView.MyStatus mine = new ConsultationView.MyStatus("STC", unitDeadline,
                UnitAnswerStatus.values()[0], null, null, false, true, unitDeadline.isAfter(deadline));
        return new ConsultationView(1, "Dự thảo quy định", "123-CV/BTCTU", "", 1, 1, "Dự thảo lần 1", 1, deadline,
                lateAllowed, state, List.of(), List.of("STC"), 1, NOW, "board", NOW, 0, mine, null);
    }

    @Test
    void aClosedRoundNeverCountsDownEvenBeforeItsDeadline() {
        assertEquals(TimeState.CLOSED, clock.state(round(ConsultationState.CLOSED, DEADLINE, DEADLINE, false)));
        assertEquals(TimeState.CLOSED, clock.state(round(ConsultationState.CONSOLIDATED, DEADLINE, DEADLINE, true)));
    }

    @Test
    void anOpenRoundCountsDownToTheUnitsOwnDeadline() {
        assertEquals(TimeState.OPEN, clock.state(round(ConsultationState.OPEN, DEADLINE, DEADLINE, false)));
        assertEquals(TimeState.OPEN, clock.state(round(ConsultationState.OPEN, NOW.minusSeconds(60),
                NOW.plus(Duration.ofDays(2)), false)), "an extension keeps the round open for that unit");
    }

    @Test
    void anExtensionIsShownOnlyForTheUnitThatHasIt() {
        assertTrue(clock.extended(round(ConsultationState.OPEN, DEADLINE, DEADLINE.plus(Duration.ofDays(1)), false)));
        assertFalse(clock.extended(round(ConsultationState.OPEN, DEADLINE, DEADLINE, false)));
        assertFalse(clock.extended(round(ConsultationState.CLOSED, DEADLINE, DEADLINE.plus(Duration.ofDays(1)),
                false)), "a closed round is closed, extended or not");
    }

    @Test
    void pastTheDeadlineTheUnitSeesWhetherLateAnswersAreAccepted() {
        Instant past = NOW.minusSeconds(1);
        assertEquals(TimeState.LATE_ALLOWED, clock.state(round(ConsultationState.OPEN, past, past, true)));
        assertEquals(TimeState.OVERDUE, clock.state(round(ConsultationState.OPEN, past, past, false)));
    }
}
