package vn.tochuc.danhgia.notifications.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.kernel.web.MenuItem;
import vn.tochuc.danhgia.kernel.web.MenuSource;
import vn.tochuc.danhgia.notifications.SentMailService;

/**
 * Puts the notices page in everyone's menu, right after the home page, and, when a demo keeps its mails instead of
 * sending them, "Thư đã gửi" in the administrator's, after the audit log.
 */
@ApplicationScoped
public class NotificationsMenu implements MenuSource {

    @Inject
    SentMailService sentMail;

    @Override
    public List<MenuItem> menuItems() {
        List<MenuItem> items = new ArrayList<>();
        items.add(new MenuItem("menu.notices", "/account/notices.xhtml", "pi pi-bell",
                List.of(Roles.ADMIN, Roles.BOARD, Roles.UNIT, Roles.PLUGIN_ADMIN), 5));
        if (sentMail.catching()) {
            items.add(new MenuItem("menu.sent-mail", "/admin/sent-mail.xhtml", "pi pi-envelope", List.of(Roles.ADMIN),
                    830));
        }
        return items;
    }
}
