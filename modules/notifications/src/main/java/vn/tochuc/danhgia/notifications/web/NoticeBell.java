package vn.tochuc.danhgia.notifications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tochuc.danhgia.notifications.Notifier;

/** The bell in the top bar ({@code #{noticeBell.unread}}): how many of the user's notices are unread. */
@Named
@RequestScoped
public class NoticeBell {

    @Inject
    Notifier notifier;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifier.unreadCount();
        }
        return unread;
    }
}
