package vn.tochuc.danhgia.consultations.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Zones;

/**
 * The rules of a consultation's life, pure so that they are unit-tested: which state may follow which, each unit's
 * deadline, when an answer may still be changed, submitted or withdrawn, and how receipts are numbered.
 */
public final class ConsultationRules {

    private static final java.util.Map<ConsultationState, Set<ConsultationState>> NEXT = java.util.Map.of(
            ConsultationState.DRAFT, Set.of(ConsultationState.OPEN),
            ConsultationState.OPEN, Set.of(ConsultationState.CLOSED),
            ConsultationState.CLOSED, Set.of(ConsultationState.CONSOLIDATED),
            ConsultationState.CONSOLIDATED, Set.of());

    private ConsultationRules() {}

    /** Refuses a move that is not forward by one step (409). */
    public static void move(ConsultationState from, ConsultationState to) {
        if (!NEXT.get(from).contains(to)) {
            throw AppException.conflict("consultations.error.transition", from.name(), to.name());
        }
    }

    /** A unit's deadline: the consultation's, or the unit's own when it was extended further. */
    public static Instant deadline(Instant consultation, Instant unitOverride) {
        return unitOverride != null && unitOverride.isAfter(consultation) ? unitOverride : consultation;
    }

    public static boolean late(Instant now, Instant deadline) {
        return now.isAfter(deadline);
    }

    /**
     * Whether a unit may save or submit its draft now: the consultation is open and the deadline has not passed,
     * or it has passed, late answers are allowed and the unit has no current submission. Throws 409 otherwise, with
     * a Vietnamese message.
     */
    public static void requireEditable(ConsultationState state, Instant now, Instant deadline, boolean lateAllowed,
            boolean submitted) {
        requireOpen(state);
        if (submitted) {
            throw AppException.conflict("consultations.error.already-submitted");
        }
        if (late(now, deadline) && !lateAllowed) {
            throw AppException.conflict("consultations.error.deadline-passed", Zones.dateTime(deadline));
        }
    }

    public static boolean editable(ConsultationState state, Instant now, Instant deadline, boolean lateAllowed,
            boolean submitted) {
        return state == ConsultationState.OPEN && !submitted && (!late(now, deadline) || lateAllowed);
    }

    /** A submission may be withdrawn only while open and before the unit's deadline. */
    public static void requireWithdrawable(ConsultationState state, Instant now, Instant deadline, boolean submitted) {
        requireOpen(state);
        if (!submitted) {
            throw AppException.conflict("consultations.error.not-submitted");
        }
        if (late(now, deadline)) {
            throw AppException.conflict("consultations.error.deadline-passed", Zones.dateTime(deadline));
        }
    }

    public static void requireOpen(ConsultationState state) {
        if (state == ConsultationState.DRAFT) {
            throw AppException.conflict("consultations.error.not-open");
        }
        if (state != ConsultationState.OPEN) {
            throw AppException.conflict("consultations.error.closed");
        }
    }

    /** Receipt numbers name the consultation, the unit and the unit's n-th submission: {@code GY-12-STC-2}. */
    public static String receiptNumber(long consultationId, String unitCode, int seq) {
        return "GY-" + consultationId + "-" + unitCode + "-" + seq;
    }

    /** Whether the automatic reminder is due: the deadline is ahead and at most {@code daysBefore} days away. */
    public static boolean reminderDue(Instant now, Instant deadline, int daysBefore) {
        return now.isBefore(deadline) && !now.plus(Duration.ofDays(daysBefore)).isBefore(deadline);
    }
}
