package vn.tochuc.danhgia.notifications.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.web.FacesErrors;
import vn.tochuc.danhgia.notifications.NoticeView;
import vn.tochuc.danhgia.notifications.Notifier;

/** Backs {@code account/notices.xhtml}: the user's notices, newest first; opening one marks it read. */
@Named
@ViewScoped
public class NoticesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Notifier notifier;

    private List<NoticeView> rows;

    @PostConstruct
    public void load() {
        rows = notifier.mine(100);
    }

    public void read(NoticeView notice) {
        try {
            notifier.markRead(notice.id());
            load();
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void readAll() {
        notifier.markAllRead();
        load();
    }

    public List<NoticeView> getRows() {
        return rows;
    }

    public long getUnread() {
        return rows.stream().filter(n -> !n.read()).count();
    }
}
