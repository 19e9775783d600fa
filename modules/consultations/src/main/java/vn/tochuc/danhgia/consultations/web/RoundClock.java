package vn.tochuc.danhgia.consultations.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.consultations.ConsultationView;

/**
 * How a round's time stands for the caller's unit, for the screens that show it: a countdown only while the round
 * is open and the unit's own deadline (extended or not) is ahead; otherwise what the unit can still do. A closed
 * round must never count down: the unit would think it can still answer.
 */
@Named
@ApplicationScoped
public class RoundClock {

    /** What a screen shows for the round's time; the name is the suffix of {@code consultations.round.*}. */
    public enum TimeState { OPEN, LATE_ALLOWED, OVERDUE, CLOSED }

    private final Clock clock;

    public RoundClock() {
        this(Clock.systemUTC());
    }

    RoundClock(Clock clock) {
        this.clock = clock;
    }

    public TimeState state(ConsultationView c) {
        if (c == null || c.state() != ConsultationState.OPEN) {
            return TimeState.CLOSED;
        }
        if (Instant.now(clock).isBefore(deadline(c))) {
            return TimeState.OPEN;
        }
        return c.lateAllowed() ? TimeState.LATE_ALLOWED : TimeState.OVERDUE;
    }

    /** Whether the Board gave this unit a later deadline than the round's. */
    public boolean extended(ConsultationView c) {
        // a unit's view carries its own deadline in both places, so only the service can tell an extension
        return c != null && c.mine() != null && c.mine().extended() && state(c) != TimeState.CLOSED;
    }

    /** The unit's own deadline: its extension when it has one. */
    static Instant deadline(ConsultationView c) {
        return c.mine() != null && c.mine().deadline() != null ? c.mine().deadline() : c.deadline();
    }
}
