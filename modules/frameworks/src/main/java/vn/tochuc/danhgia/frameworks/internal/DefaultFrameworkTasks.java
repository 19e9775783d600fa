package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.consultations.RecipientStatus;
import vn.tochuc.danhgia.frameworks.FrameworkRow;
import vn.tochuc.danhgia.frameworks.FrameworkTaskAttached;
import vn.tochuc.danhgia.frameworks.FrameworkTaskDetached;
import vn.tochuc.danhgia.frameworks.FrameworkTasks;
import vn.tochuc.danhgia.frameworks.TaskProgressRow;
import vn.tochuc.danhgia.frameworks.TaskView;
import vn.tochuc.danhgia.frameworks.domain.FrameworkTask;
import vn.tochuc.danhgia.frameworks.domain.TaskRepository;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Zones;

/**
 * The concretization task a consultation carries. The consultation (its recipients, each unit's deadline and
 * whether a unit may see it) stays the consultations module's: this reads it through that module's API, with the
 * caller's own rights.
 */
@ApplicationScoped
public class DefaultFrameworkTasks implements FrameworkTasks {

    static final String ENTITY = "framework-task";

    @Inject
    TaskRepository tasks;

    @Inject
    ConsultationService consultations;

    @Inject
    Overview overview;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    Event<FrameworkTaskAttached> attached;

    @Inject
    Event<FrameworkTaskDetached> detached;

    @Override
    @Transactional
    public TaskView attach(long consultationId, Integer year) {
        access.requireBoard();
        ConsultationView c = consultations.get(consultationId);
        int y = year != null ? Years.check(year) : c.deadline().atZone(Zones.VIETNAM).getYear();
        Optional<FrameworkTask> existing = tasks.find(consultationId);
        if (existing.isPresent() && existing.get().year() == y) {
            return view(c, y, c.deadline());
        }
        if (existing.isPresent()) {
            existing.get().changeYear(y);
        } else {
            tasks.add(new FrameworkTask(consultationId, y, access.username(), Instant.now()));
        }
        tasks.flush();
        audit.record(new AuditEvent(existing.isPresent() ? "UPDATE" : "CREATE", ENTITY,
                Long.toString(consultationId), "", null, Map.of("year", y),
                AuditSummary.of("frameworks.audit.task", c.reference(), y)));
        attached.fire(new FrameworkTaskAttached(consultationId, y));
        return view(c, y, c.deadline());
    }

    @Override
    @Transactional
    public void detach(long consultationId) {
        access.requireBoard();
        FrameworkTask task = tasks.find(consultationId)
                .orElseThrow(() -> AppException.notFound("frameworks.error.task-not-found", consultationId));
        tasks.remove(task);
        tasks.flush();
        audit.record(AuditEvent.deleted(ENTITY, Long.toString(consultationId), Map.of("year", task.year())));
        detached.fire(new FrameworkTaskDetached(consultationId));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TaskView> find(long consultationId) {
        if (access.board()) {
            return tasks.find(consultationId).map(t -> {
                ConsultationView c = consultations.get(consultationId);
                return view(c, t.year(), c.deadline());
            });
        }
        access.myUnit();
        Optional<FrameworkTask> task = tasks.find(consultationId);
        if (task.isEmpty()) {
            return Optional.empty();
        }
        ConsultationView mine = consultations.list().stream().filter(c -> c.id() == consultationId).findFirst()
                .orElseThrow(() -> AppException.forbidden("frameworks.error.task-not-for-unit"));
        return Optional.of(view(mine, task.get().year(), mine.mine().deadline()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskView> mine(int year) {
        access.myUnit();
        Map<Long, ConsultationView> sent = consultations.list().stream()
                .collect(Collectors.toMap(ConsultationView::id, c -> c, (a, b) -> a));
        return tasks.findAll(sent.keySet()).stream().filter(t -> t.year() == year)
                .map(t -> sent.get(t.consultationId()))
                .map(c -> view(c, year, c.mine() == null ? c.deadline() : c.mine().deadline())).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskProgressRow> progress(long consultationId) {
        access.requireBoard();
        FrameworkTask task = tasks.find(consultationId)
                .orElseThrow(() -> AppException.notFound("frameworks.error.task-not-found", consultationId));
        List<String> units = consultations.status(consultationId).stream().map(RecipientStatus::unit).toList();
        return progress(task.year(), units);
    }

    /** The given units' progress in a year's frameworks. */
    List<TaskProgressRow> progress(int year, Collection<String> units) {
        Map<String, List<FrameworkRow>> byUnit = overview.allRows(year).stream()
                .collect(Collectors.groupingBy(FrameworkRow::unitCode));
        return units.stream().map(u -> TaskProgressRow.of(u, byUnit.getOrDefault(u, List.of()))).toList();
    }

    /** The caller's unit's progress in a year's frameworks. */
    TaskProgressRow myProgress(int year) {
        String unit = access.myUnit();
        return TaskProgressRow.of(unit, overview.unitRows(unit, year));
    }

    Optional<FrameworkTask> task(long consultationId) {
        return tasks.find(consultationId);
    }

    private static TaskView view(ConsultationView c, int year, Instant deadline) {
        return new TaskView(c.id(), c.reference(), c.title(), year, deadline);
    }
}
