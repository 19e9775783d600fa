package vn.tochuc.danhgia.units.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.kernel.web.MenuItem;
import vn.tochuc.danhgia.kernel.web.MenuSource;

/** Puts the units screen in the administrators' menu. */
@ApplicationScoped
public class UnitsMenu implements MenuSource {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.units", "/admin/units.xhtml", "pi pi-sitemap", List.of(Roles.ADMIN), 800));
    }
}
