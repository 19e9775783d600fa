package vn.tochuc.danhgia.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.kernel.web.MenuItem;
import vn.tochuc.danhgia.kernel.web.MenuSource;

/** The application's own menu entry: the home page. */
@ApplicationScoped
public class AppMenu implements MenuSource {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.home", "/home.xhtml", "pi pi-home",
                List.of(Roles.ADMIN, Roles.BOARD, Roles.UNIT, Roles.PLUGIN_ADMIN), 0));
    }
}
