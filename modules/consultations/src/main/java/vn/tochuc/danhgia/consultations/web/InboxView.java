package vn.tochuc.danhgia.consultations.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.notifications.NoticeView;
import vn.tochuc.danhgia.notifications.Notifier;

/** Backs {@code unit/inbox.xhtml}: the consultations sent to the user's unit, with countdowns, and new notices. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsultationService consultations;

    @Inject
    transient Notifier notifier;

    private List<ConsultationView> rows;
    private List<NoticeView> notices;

    @PostConstruct
    public void load() {
        rows = consultations.list();
        notices = notifier.mine(20).stream().filter(n -> !n.read()).limit(5).toList();
    }

    public List<ConsultationView> getRows() {
        return rows;
    }

    public List<NoticeView> getNotices() {
        return notices;
    }

    /** Milliseconds since the epoch, for the countdown script. */
    public long millis(java.time.Instant instant) {
        return instant == null ? 0 : instant.toEpochMilli();
    }
}
