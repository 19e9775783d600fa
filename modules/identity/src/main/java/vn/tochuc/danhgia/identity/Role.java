package vn.tochuc.danhgia.identity;

import vn.tochuc.danhgia.kernel.Roles;

/** The four roles. A user may hold several; a UNIT user must belong to a unit. */
public enum Role {
    ADMIN(Roles.ADMIN),
    BOARD(Roles.BOARD),
    UNIT(Roles.UNIT),
    PLUGIN_ADMIN(Roles.PLUGIN_ADMIN);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The name used in {@code @RolesAllowed} and in the container's groups. */
    public String roleName() {
        return roleName;
    }
}
