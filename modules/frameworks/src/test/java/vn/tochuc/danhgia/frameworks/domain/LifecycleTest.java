package vn.tochuc.danhgia.frameworks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.frameworks.Decision;
import vn.tochuc.danhgia.frameworks.FrameworkState;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;

class LifecycleTest {

    @Test
    void goesFromDraftThroughReturnToApproval() {
        FrameworkState state = Lifecycle.afterSave(FrameworkState.NOT_STARTED);
        assertEquals(FrameworkState.DRAFT, state);
        state = Lifecycle.afterSubmit(state);
        assertEquals(FrameworkState.SUBMITTED, state);
        state = Lifecycle.afterReview(state, Decision.RETURN);
        assertEquals(FrameworkState.RETURNED, state);
        assertEquals(FrameworkState.RETURNED, Lifecycle.afterSave(state), "stays returned while being fixed");
        state = Lifecycle.afterSubmit(state);
        assertEquals(FrameworkState.SUBMITTED, state);
        assertEquals(FrameworkState.APPROVED, Lifecycle.afterReview(state, Decision.APPROVE));
    }

    @Test
    void refusesChangesWhileTheBoardReviewsAndOnceApproved() {
        assertConflict("frameworks.error.under-review", () -> Lifecycle.afterSave(FrameworkState.SUBMITTED));
        assertConflict("frameworks.error.approved", () -> Lifecycle.afterSave(FrameworkState.APPROVED));
        assertConflict("frameworks.error.approved", () -> Lifecycle.afterSubmit(FrameworkState.APPROVED));
        assertConflict("frameworks.error.already-submitted", () -> Lifecycle.afterSubmit(FrameworkState.SUBMITTED));
    }

    @Test
    void theBoardDecidesOnlyOnASubmittedFramework() {
        assertConflict("frameworks.error.not-submitted",
                () -> Lifecycle.afterReview(FrameworkState.DRAFT, Decision.APPROVE));
        assertConflict("frameworks.error.not-submitted",
                () -> Lifecycle.afterReview(FrameworkState.RETURNED, Decision.RETURN));
        assertConflict("frameworks.error.approved",
                () -> Lifecycle.afterReview(FrameworkState.APPROVED, Decision.APPROVE));
    }

    private static void assertConflict(String key, Runnable change) {
        AppException e = assertThrows(AppException.class, change::run);
        assertEquals(ErrorKind.CONFLICT, e.kind());
        assertEquals(key, e.key());
    }
}
