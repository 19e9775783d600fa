package vn.tochuc.danhgia.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.kernel.web.MenuItem;
import vn.tochuc.danhgia.kernel.web.MenuSource;

/** Puts the users screen in the administrators' menu and the password page in everyone's. */
@ApplicationScoped
public class IdentityMenu implements MenuSource {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem("menu.users", "/admin/users.xhtml", "pi pi-users", List.of(Roles.ADMIN), 810),
                new MenuItem("menu.password", "/account/password.xhtml", "pi pi-key",
                        List.of(Roles.ADMIN, Roles.BOARD, Roles.UNIT, Roles.PLUGIN_ADMIN), 990));
    }
}
