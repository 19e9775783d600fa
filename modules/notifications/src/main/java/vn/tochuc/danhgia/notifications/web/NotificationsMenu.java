package vn.tochuc.danhgia.notifications.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.kernel.web.MenuItem;
import vn.tochuc.danhgia.kernel.web.MenuSource;

/** Puts the notices page in everyone's menu, right after the home page. */
@ApplicationScoped
public class NotificationsMenu implements MenuSource {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.notices", "/account/notices.xhtml", "pi pi-bell",
                List.of(Roles.ADMIN, Roles.BOARD, Roles.UNIT, Roles.PLUGIN_ADMIN), 5));
    }
}
