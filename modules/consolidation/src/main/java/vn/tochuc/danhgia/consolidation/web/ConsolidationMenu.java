package vn.tochuc.danhgia.consolidation.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.kernel.web.MenuItem;
import vn.tochuc.danhgia.kernel.web.MenuSource;

/** The Board's list of consultations to consolidate, in the main menu (the other pages open from it). */
@ApplicationScoped
public class ConsolidationMenu implements MenuSource {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.consolidation", "/board/consolidations.xhtml", "pi pi-check-square",
                List.of(Roles.BOARD), 102));
    }
}
