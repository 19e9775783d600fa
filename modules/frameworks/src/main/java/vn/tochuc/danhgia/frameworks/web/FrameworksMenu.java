package vn.tochuc.danhgia.frameworks.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.kernel.web.MenuItem;
import vn.tochuc.danhgia.kernel.web.MenuSource;

/** Puts the unit's frameworks in the unit users' menu and the review overview in the Board's. */
@ApplicationScoped
public class FrameworksMenu implements MenuSource {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem("frameworks.menu.unit", "/unit/frameworks.xhtml", "pi pi-list", List.of(Roles.UNIT), 110),
                new MenuItem("frameworks.menu.board", "/board/frameworks.xhtml", "pi pi-check-square",
                        List.of(Roles.BOARD), 110));
    }
}
