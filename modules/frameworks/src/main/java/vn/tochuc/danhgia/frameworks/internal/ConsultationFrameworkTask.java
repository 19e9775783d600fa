package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.consultations.ConsultationTask;
import vn.tochuc.danhgia.consultations.TaskProgress;
import vn.tochuc.danhgia.frameworks.TaskProgressRow;
import vn.tochuc.danhgia.frameworks.domain.FrameworkTask;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * The concretization task as the consultations screens see it: offered when the Board publishes (for the year of
 * the deadline), and each unit's progress over its collective, chief and deputies in the inbox and the tracking.
 */
@ApplicationScoped
public class ConsultationFrameworkTask implements ConsultationTask {

    static final String LABEL = "frameworks.task.label";

    @Inject
    DefaultFrameworkTasks tasks;

    @Inject
    Access access;

    @Inject
    Caller caller;

    @Override
    public String key() {
        return "frameworks";
    }

    @Override
    public String labelKey() {
        return LABEL;
    }

    @Override
    public String offerKey() {
        return "frameworks.task.offer";
    }

    @Override
    public void attach(long consultationId) {
        tasks.attach(consultationId, null);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TaskProgress> mine(long consultationId) {
        Optional<FrameworkTask> task = tasks.task(consultationId);
        if (task.isEmpty()) {
            return Optional.empty();
        }
        int year = task.get().year();
        return Optional.of(progress(tasks.myProgress(year), "/unit/frameworks.xhtml?year=" + year, caller.locale()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, TaskProgress> recipients(long consultationId, Collection<String> unitCodes) {
        return recipients(consultationId, unitCodes, caller.locale());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, TaskProgress> recipients(long consultationId, Collection<String> unitCodes, Locale locale) {
        Map<String, TaskProgress> progress = new LinkedHashMap<>();
        Optional<FrameworkTask> task = tasks.task(consultationId);
        if (task.isEmpty() || !access.board()) {
            return progress;
        }
        int year = task.get().year();
        for (TaskProgressRow row : tasks.progress(year, unitCodes)) {
            progress.put(row.unitCode(), progress(row, "/board/frameworks.xhtml?year=" + year + "&unit="
                    + row.unitCode(), locale));
        }
        return progress;
    }

    /** The state, and "approved 1/3" over the unit's subjects (collective, chief, listed deputies). */
    private static TaskProgress progress(TaskProgressRow row, String link, Locale locale) {
        String state = row.available() ? row.state().name() : "UNAVAILABLE";
        String detail = row.subjects() == 0 ? "" : Messages.get(locale, "frameworks.task.detail",
                row.approved(), row.subjects());
        return new TaskProgress(LABEL, "frameworks.task.state." + state, detail, row.done(), link);
    }
}
