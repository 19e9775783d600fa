package vn.tochuc.danhgia.consultations.web;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.consultations.ConsultationTask;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.consultations.Extension;
import vn.tochuc.danhgia.consultations.RecipientStatus;
import vn.tochuc.danhgia.consultations.StatusCounts;
import vn.tochuc.danhgia.consultations.TaskProgress;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Zones;
import vn.tochuc.danhgia.kernel.web.FacesErrors;
import vn.tochuc.danhgia.units.UnitDirectory;
import vn.tochuc.danhgia.units.UnitGroupView;

/**
 * Backs {@code board/consultation-tracking.xhtml?id=}: counts at the top, one row per recipient unit (filter by
 * group), the XLSX export, reminders and extensions, and each unit's progress in the other tasks the consultation
 * carries (see {@link ConsultationTask}) next to its answer.
 */
@Named
@ViewScoped
public class TrackingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern(Zones.DATE_TIME_PATTERN);

    @Inject
    transient ConsultationService consultations;

    @Inject
    transient UnitDirectory units;

    @Inject
    transient Instance<ConsultationTask> tasks;

    private long id;
    private ConsultationView consultation;
    private List<RecipientStatus> rows;
    private StatusCounts counts;
    private final Map<String, List<TaskProgress>> taskProgress = new HashMap<>();
    private String extendUnit;
    private String extendDeadline;
    private String extendReason;

    public void load() {
        try {
            consultation = consultations.get(id);
            rows = consultations.status(id);
            counts = consultations.counts(id);
            loadTasks();
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    private void loadTasks() {
        taskProgress.clear();
        List<String> unitCodes = rows.stream().map(RecipientStatus::unit).toList();
        for (ConsultationTask task : tasks) {
            task.recipients(id, unitCodes).forEach((unit, progress) ->
                    taskProgress.computeIfAbsent(unit, k -> new ArrayList<>()).add(progress));
        }
    }

    /** Whether the consultation carries another task than the comments. */
    public boolean isWithTasks() {
        return !taskProgress.isEmpty();
    }

    /** A unit's progress in the other tasks the consultation carries. */
    public List<TaskProgress> tasks(String unit) {
        return taskProgress.getOrDefault(unit, List.of());
    }

    public void remind(String unit) {
        try {
            List<String> done = consultations.remind(id, unit == null ? List.of() : List.of(unit));
            FacesErrors.info("consultations.tracking.reminded", done.size());
            load();
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void openExtend(String unit) {
        extendUnit = unit;
        extendReason = null;
        extendDeadline = LocalDateTime.ofInstant(consultation.deadline(), Zones.VIETNAM).plusDays(3).format(INPUT);
    }

    public void extend() {
        try {
            var when = LocalDateTime.parse(extendDeadline.strip(), INPUT).atZone(Zones.VIETNAM).toOffsetDateTime();
            consultations.extend(id, new Extension(when, extendUnit, extendReason));
            FacesErrors.info("consultations.tracking.extended");
            load();
            PrimeFaces.current().executeScript("PF('extendDialog').hide()");
        } catch (DateTimeParseException | NullPointerException e) {
            FacesErrors.show(AppException.invalid(List.of(FieldError.of("deadline",
                    "consultations.wizard.bad-deadline"))));
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void close() {
        try {
            consultations.close(id);
            load();
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public StreamedContent getWorkbook() {
        return DefaultStreamedContent.builder().name("theo-doi-gop-y-" + id + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(consultations.statusWorkbook(id))).build();
    }

    public List<UnitGroupView> getGroups() {
        return units.groups();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ConsultationView getConsultation() {
        return consultation;
    }

    public List<RecipientStatus> getRows() {
        return rows;
    }

    public StatusCounts getCounts() {
        return counts;
    }

    public String getExtendUnit() {
        return extendUnit;
    }

    public String getExtendDeadline() {
        return extendDeadline;
    }

    public void setExtendDeadline(String extendDeadline) {
        this.extendDeadline = extendDeadline;
    }

    public String getExtendReason() {
        return extendReason;
    }

    public void setExtendReason(String extendReason) {
        this.extendReason = extendReason;
    }
}
