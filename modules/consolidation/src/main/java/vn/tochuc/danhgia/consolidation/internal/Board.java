package vn.tochuc.danhgia.consolidation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.kernel.AppException;

/** The consolidation is the Board's work only: checked in the service, not only by the REST roles and pages. */
@ApplicationScoped
public class Board {

    @Inject
    CurrentUser me;

    /** The calling Board member's username (403 for anyone else). */
    public String require() {
        if (!me.has(Role.BOARD)) {
            throw AppException.forbidden("error.auth.forbidden");
        }
        return me.username();
    }
}
