package vn.tochuc.danhgia.rating.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.kernel.AppException;

/**
 * Who may do what, checked in the services rather than only by the REST roles: a unit user reads and fills in their
 * own unit's subjects only; Board staff read every unit's and run the cycle.
 */
@ApplicationScoped
public class Access {

    @Inject
    CurrentUser me;

    public String username() {
        return me.username();
    }

    public boolean board() {
        return me.has(Role.BOARD);
    }

    public void requireBoard() {
        if (!board()) {
            throw AppException.forbidden("error.auth.forbidden");
        }
    }

    /** The caller's unit, for a unit user; empty for the Board. */
    public String myUnit() {
        return me.has(Role.UNIT) ? me.unitCode().orElse("") : "";
    }

    /** The Board, or the unit itself. */
    public void requireRead(String unitCode) {
        if (!board() && !me.actsFor(unitCode)) {
            throw AppException.forbidden("rating.error.not-own-unit");
        }
    }

    /** The unit itself: only a unit fills in its own self-assessments. */
    public void requireOwn(String unitCode) {
        if (!me.actsFor(unitCode)) {
            throw AppException.forbidden(board() ? "rating.error.unit-only" : "rating.error.not-own-unit");
        }
    }
}
