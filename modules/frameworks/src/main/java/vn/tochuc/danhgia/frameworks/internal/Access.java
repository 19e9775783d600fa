package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.kernel.AppException;

/**
 * Who may do what, checked in the services rather than only by the REST roles: a unit user reads and changes their
 * own unit's frameworks and people only; Board staff read every unit's (submitted content only) and decide.
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

    /** Whether the caller works on this unit's frameworks: a UNIT user of that unit. */
    public boolean own(String unitCode) {
        return me.actsFor(unitCode);
    }

    public void requireBoard() {
        if (!board()) {
            throw AppException.forbidden("error.auth.forbidden");
        }
    }

    /** The caller's unit; only UNIT users have one to act for. */
    public String myUnit() {
        if (!me.has(Role.UNIT) || me.unitCode().isEmpty()) {
            throw AppException.forbidden("frameworks.error.unit-only");
        }
        return me.unitCode().get();
    }

    /** The Board, or the unit itself. */
    public void requireRead(String unitCode) {
        if (!board() && !own(unitCode)) {
            throw AppException.forbidden("frameworks.error.not-own-unit");
        }
    }

    /** The unit itself: only a unit fills in its own frameworks. */
    public void requireOwn(String unitCode) {
        if (!own(unitCode)) {
            throw board() ? AppException.forbidden("frameworks.error.unit-only")
                    : AppException.forbidden("frameworks.error.not-own-unit");
        }
    }
}
