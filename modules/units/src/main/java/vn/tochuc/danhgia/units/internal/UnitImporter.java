package vn.tochuc.danhgia.units.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.units.ImportAction;
import vn.tochuc.danhgia.units.ImportPreview;
import vn.tochuc.danhgia.units.ImportProblem;
import vn.tochuc.danhgia.units.ImportResult;
import vn.tochuc.danhgia.units.ImportRow;
import vn.tochuc.danhgia.units.UnitCreated;
import vn.tochuc.danhgia.units.UnitUpdated;
import vn.tochuc.danhgia.units.domain.ImportPlanner;
import vn.tochuc.danhgia.units.domain.Unit;
import vn.tochuc.danhgia.units.domain.UnitRepository;

/**
 * Imports a units file whole or not at all. Runs inside the caller's transaction: any failure rolls back every row.
 */
@ApplicationScoped
public class UnitImporter {

    /** The summary of each unit an import creates or changes; the file's own entry gives the counts. */
    private static final AuditSummary ROW_SUMMARY = AuditSummary.of("units.audit.imported");

    @Inject
    UnitRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Event<UnitCreated> created;

    @Inject
    Event<UnitUpdated> updated;

    ImportPreview preview(String fileName, byte[] content) {
        ParsedFile file = UnitFileReader.read(fileName, content);
        if (file.rows().isEmpty() && !file.problems().isEmpty()) {
            return new ImportPreview(List.of(), file.problems());
        }
        Map<String, ImportPlanner.Existing> existing = new HashMap<>();
        repository.all().forEach(u -> existing.put(u.code(),
                new ImportPlanner.Existing(u.name(), u.groupCode(), u.parentCode())));
        Set<String> groups = repository.groups().stream().map(g -> g.code()).collect(Collectors.toSet());
        ImportPreview plan = new ImportPlanner(existing, groups).plan(file.rows());
        List<ImportProblem> problems = new ArrayList<>(file.problems());
        problems.addAll(plan.problems());
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
        return new ImportPreview(plan.rows(), problems);
    }

    ImportResult apply(String fileName, byte[] content) {
        ImportPreview preview = preview(fileName, content);
        if (!preview.importable()) {
            throw rejected(preview.problems());
        }
        Instant now = Instant.now();
        for (ImportRow row : inParentOrder(preview.rows())) {
            if (row.action() == ImportAction.CREATE) {
                Unit unit = new Unit(row.code(), row.name(), row.group(), row.parentCode(), row.line(), now);
                repository.add(unit);
                repository.flush();
                audit.record(AuditEvent.created("unit", row.code(), UnitSnapshot.of(unit)).withSummary(ROW_SUMMARY));
                created.fire(new UnitCreated(row.code()));
            } else if (row.action() == ImportAction.UPDATE) {
                Unit unit = repository.findForUpdate(row.code()).orElseThrow();
                UnitSnapshot before = UnitSnapshot.of(unit);
                unit.change(row.name(), row.group(), row.parentCode(), now);
                repository.flush();
                audit.record(AuditEvent.updated("unit", row.code(), before, UnitSnapshot.of(unit))
                        .withSummary(ROW_SUMMARY));
                updated.fire(new UnitUpdated(row.code()));
            }
        }
        ImportResult result = new ImportResult(preview.count(ImportAction.CREATE), preview.count(ImportAction.UPDATE),
                preview.count(ImportAction.UNCHANGED));
        audit.record(AuditEvent.action("IMPORT", "unit", fileName == null ? "" : fileName,
                AuditSummary.of("units.audit.import", result.created(), result.updated(), result.unchanged())));
        return result;
    }

    /** Parents before children, so the foreign key on the parent holds at every insert. */
    static List<ImportRow> inParentOrder(List<ImportRow> rows) {
        Set<String> pending = rows.stream().map(ImportRow::code).collect(Collectors.toCollection(HashSet::new));
        List<ImportRow> ordered = new ArrayList<>();
        List<ImportRow> left = new ArrayList<>(rows);
        while (!left.isEmpty()) {
            List<ImportRow> ready = left.stream()
                    .filter(r -> r.parentCode() == null || !pending.contains(r.parentCode())
                            || r.parentCode().equals(r.code()))
                    .toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("Import rows form a cycle; the planner should have refused them");
            }
            ordered.addAll(ready);
            left.removeAll(ready);
            ready.forEach(r -> pending.remove(r.code()));
        }
        return ordered;
    }

    static AppException rejected(List<ImportProblem> problems) {
        List<FieldError> errors = problems.stream()
                .map(p -> new FieldError(p.line() == 0 ? "file" : "line " + p.line()
                        + (p.field().isEmpty() ? "" : ": " + p.field()), p.key(), p.args()))
                .toList();
        return new AppException(ErrorKind.INVALID, "units.import.rejected", List.of(problems.size()), errors);
    }
}
