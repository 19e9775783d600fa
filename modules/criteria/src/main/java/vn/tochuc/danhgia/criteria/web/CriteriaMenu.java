package vn.tochuc.danhgia.criteria.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.kernel.web.MenuItem;
import vn.tochuc.danhgia.kernel.web.MenuSource;

/** The plugin screen for IT staff, the assignment screen for administrators. */
@ApplicationScoped
public class CriteriaMenu implements MenuSource {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem("criteria.menu.plugins", "/it/plugins.xhtml", "pi pi-box", List.of(Roles.PLUGIN_ADMIN),
                        700),
                new MenuItem("criteria.menu.assignments", "/admin/framework-assignments.xhtml", "pi pi-link",
                        List.of(Roles.ADMIN), 805));
    }
}
