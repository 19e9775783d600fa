package vn.tochuc.danhgia.audit.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.kernel.web.MenuItem;
import vn.tochuc.danhgia.kernel.web.MenuSource;

/** Puts the audit log in the administrators' menu. */
@ApplicationScoped
public class AuditMenu implements MenuSource {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.audit", "/admin/audit.xhtml", "pi pi-history", List.of(Roles.ADMIN), 820));
    }
}
