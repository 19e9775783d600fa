package vn.tochuc.danhgia.frameworks.domain;

import vn.tochuc.danhgia.frameworks.Decision;
import vn.tochuc.danhgia.frameworks.FrameworkState;
import vn.tochuc.danhgia.kernel.AppException;

/**
 * The state machine of a unit framework, in one place:
 *
 * <pre>
 * NOT_STARTED --save--> DRAFT --submit--> SUBMITTED --RETURN--> RETURNED --submit--> SUBMITTED --APPROVE--> APPROVED
 * </pre>
 *
 * The unit may save in DRAFT and RETURNED (a returned framework stays RETURNED while it is being fixed, so the Board
 * sees that it is waiting for the unit), never while the Board reviews it (SUBMITTED) nor once APPROVED. Every refusal
 * is a 409 conflict naming the state.
 */
public final class Lifecycle {

    private Lifecycle() {}

    /** The state after the unit saves its targets. */
    public static FrameworkState afterSave(FrameworkState state) {
        requireEditable(state);
        return state == FrameworkState.NOT_STARTED ? FrameworkState.DRAFT : state;
    }

    /** The state after the unit submits. */
    public static FrameworkState afterSubmit(FrameworkState state) {
        if (state == FrameworkState.SUBMITTED) {
            throw AppException.conflict("frameworks.error.already-submitted");
        }
        requireEditable(state);
        return FrameworkState.SUBMITTED;
    }

    /** The state after the Board's decision. */
    public static FrameworkState afterReview(FrameworkState state, Decision decision) {
        if (state == FrameworkState.APPROVED) {
            throw AppException.conflict("frameworks.error.approved");
        }
        if (state != FrameworkState.SUBMITTED) {
            throw AppException.conflict("frameworks.error.not-submitted");
        }
        return decision == Decision.APPROVE ? FrameworkState.APPROVED : FrameworkState.RETURNED;
    }

    /** Refuses a change by the unit while the Board reviews the framework or once it is approved. */
    public static void requireEditable(FrameworkState state) {
        if (state == FrameworkState.APPROVED) {
            throw AppException.conflict("frameworks.error.approved");
        }
        if (state == FrameworkState.SUBMITTED) {
            throw AppException.conflict("frameworks.error.under-review");
        }
    }
}
