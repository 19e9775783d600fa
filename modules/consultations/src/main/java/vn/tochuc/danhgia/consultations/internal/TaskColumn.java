package vn.tochuc.danhgia.consultations.internal;

import java.util.Map;
import vn.tochuc.danhgia.consultations.TaskProgress;

/**
 * One other task a consultation carries, as the status workbook shows it next to the answers.
 *
 * @param label    the task's name in Vietnamese ("Cụ thể hóa khung tiêu chí")
 * @param progress each recipient unit's progress by unit code, its detail in Vietnamese
 */
public record TaskColumn(String label, Map<String, TaskProgress> progress) {

    public TaskColumn {
        progress = Map.copyOf(progress);
    }
}
