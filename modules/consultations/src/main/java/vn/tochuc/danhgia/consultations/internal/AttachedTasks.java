package vn.tochuc.danhgia.consultations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.consultations.ConsultationTask;
import vn.tochuc.danhgia.consultations.TaskProgress;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * The other tasks a consultation carries (see {@link ConsultationTask}) with each recipient's progress, in
 * Vietnamese, for the status workbook: the export must show what the tracking screen shows next to the answers.
 */
@ApplicationScoped
public class AttachedTasks {

    @Inject
    Instance<ConsultationTask> tasks;

    /** One column per task the consultation carries, ordered by the task's key; empty when it carries none. */
    public List<TaskColumn> columns(long consultationId, List<String> unitCodes) {
        List<ConsultationTask> ordered = new ArrayList<>();
        tasks.forEach(ordered::add);
        ordered.sort(Comparator.comparing(ConsultationTask::key));
        List<TaskColumn> columns = new ArrayList<>();
        for (ConsultationTask task : ordered) {
            Map<String, TaskProgress> progress = task.recipients(consultationId, unitCodes, Messages.VIETNAMESE);
            if (!progress.isEmpty()) {
                columns.add(new TaskColumn(Messages.get(Messages.VIETNAMESE, task.labelKey()), progress));
            }
        }
        return columns;
    }
}
