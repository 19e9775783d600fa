package vn.tochuc.danhgia.consultations.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.consultations.ConsultationTask;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.consultations.TaskProgress;
import vn.tochuc.danhgia.consultations.UnitAnswerStatus;
import vn.tochuc.danhgia.notifications.NoticeView;
import vn.tochuc.danhgia.notifications.Notifier;

/**
 * Backs {@code unit/inbox.xhtml}: the consultations sent to the user's unit, with countdowns, the other tasks each
 * one carries (see {@link ConsultationTask}), and new notices; searchable and filtered by the unit's answer status and
 * the year (see {@link ConsultationFilters}).
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsultationService consultations;

    @Inject
    transient Notifier notifier;

    @Inject
    transient Instance<ConsultationTask> tasks;

    private List<ConsultationView> rows;
    private List<ConsultationView> filtered;
    private List<NoticeView> notices;
    private final Map<Long, List<TaskProgress>> taskProgress = new HashMap<>();

    @PostConstruct
    public void load() {
        rows = consultations.list();
        notices = notifier.mine(20).stream().filter(n -> !n.read()).limit(5).toList();
        for (ConsultationView c : rows) {
            for (ConsultationTask task : tasks) {
                task.mine(c.id()).ifPresent(p -> taskProgress.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(p));
            }
        }
    }

    /** The other tasks a consultation carries, with the unit's progress in each. */
    public List<TaskProgress> tasks(long consultationId) {
        return taskProgress.getOrDefault(consultationId, List.of());
    }

    public boolean search(Object row, Object filter, Locale locale) {
        return ConsultationFilters.search(row, filter);
    }

    public boolean inYear(Object value, Object filter, Locale locale) {
        return ConsultationFilters.inYear(value, filter);
    }

    public List<Integer> getYears() {
        return ConsultationFilters.years(rows.stream().map(c -> c.mine().deadline()).toList());
    }

    public UnitAnswerStatus[] getStatuses() {
        return UnitAnswerStatus.values();
    }

    public List<ConsultationView> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<ConsultationView> filtered) {
        this.filtered = filtered;
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
