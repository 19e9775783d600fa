package vn.tochuc.danhgia.kernel.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.event.PhaseId;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class StaleFormExceptionHandlerTest {

    @Test
    void anUnknownViewStateIsStaleWhereverItIsWrapped() {
        ViewExpiredException expired = new ViewExpiredException("gone", "/login.xhtml");

        assertTrue(StaleFormExceptionHandler.stale(expired, PhaseId.RESTORE_VIEW, true));
        assertTrue(StaleFormExceptionHandler.stale(new FacesException(new ELException(expired)),
                PhaseId.INVOKE_APPLICATION, true));
    }

    @Test
    void aPostbackWhoseViewCannotBeRestoredIsStaleWhateverFacesThrows() {
        assertTrue(StaleFormExceptionHandler.stale(new FacesException("Unable to restore view /login.xhtml"),
                PhaseId.RESTORE_VIEW, true));
        assertTrue(StaleFormExceptionHandler.stale(new IllegalStateException(), PhaseId.RESTORE_VIEW, true));
        assertTrue(StaleFormExceptionHandler.stale(new NullPointerException(), PhaseId.RESTORE_VIEW, true));
    }

    @Test
    void aFailureOfAPageOrOfTheDatabaseIsNotTheFormsFault() {
        assertFalse(StaleFormExceptionHandler.stale(new IllegalStateException(), PhaseId.RESTORE_VIEW, false),
                "a first visit that fails is a failure of the page");
        assertFalse(StaleFormExceptionHandler.stale(new IllegalStateException(), PhaseId.INVOKE_APPLICATION, true));
        assertFalse(StaleFormExceptionHandler.stale(new FacesException(new SQLTransientConnectionException("down")),
                PhaseId.RESTORE_VIEW, true), "the database-down page is the next handler's");
    }
}
