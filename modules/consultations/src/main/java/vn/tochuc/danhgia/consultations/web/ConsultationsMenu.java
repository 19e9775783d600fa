package vn.tochuc.danhgia.consultations.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.kernel.web.MenuItem;
import vn.tochuc.danhgia.kernel.web.MenuSource;

/** The Board's consultations list and a unit's inbox in the main menu. */
@ApplicationScoped
public class ConsultationsMenu implements MenuSource {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem("menu.consultations", "/board/consultations.xhtml", "pi pi-send", List.of(Roles.BOARD),
                        100),
                new MenuItem("menu.consultation-new", "/board/consultation-new.xhtml", "pi pi-file-import",
                        List.of(Roles.BOARD), 101),
                new MenuItem("menu.inbox", "/unit/inbox.xhtml", "pi pi-inbox", List.of(Roles.UNIT), 100));
    }
}
