package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.kernel.AppException;

/**
 * A unit user may see their own unit's frameworks only; staff roles see every unit's. Outside a request (start-up,
 * demo data, another module's background work) there is no user to restrict.
 */
@ApplicationScoped
public class UnitAccess {

    @Inject
    CurrentUser me;

    public void requireMayRead(String unitCode) {
        boolean unitOnly;
        boolean own;
        try {
            unitOnly = me.has(Role.UNIT) && !me.has(Role.ADMIN) && !me.has(Role.BOARD) && !me.has(Role.PLUGIN_ADMIN);
            own = me.actsFor(unitCode);
        } catch (ContextNotActiveException e) {
            return;
        }
        if (unitOnly && !own) {
            throw AppException.forbidden("criteria.error.not-own-unit");
        }
    }
}
