package vn.tochuc.danhgia.units.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.units.ImportAction;
import vn.tochuc.danhgia.units.ImportPreview;
import vn.tochuc.danhgia.units.ImportProblem;
import vn.tochuc.danhgia.units.ImportRow;

/**
 * Decides what importing a file would do, row by row, and finds every bad row. Pure logic: the existing units and
 * groups are passed in, so it is tested without a database.
 */
public final class ImportPlanner {

    /** The values of an existing unit that an import may change. */
    public record Existing(String name, String group, String parentCode) {}

    private final Map<String, Existing> existing;
    private final Set<String> groups;

    public ImportPlanner(Map<String, Existing> existing, Set<String> groups) {
        this.existing = existing;
        this.groups = groups;
    }

    public ImportPreview plan(List<RawRow> raw) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (RawRow r : raw) {
            ImportRow row = normalize(r);
            checkFields(row, problems);
            Integer earlier = row.code() == null ? null : firstLine.putIfAbsent(row.code(), row.line());
            if (earlier != null) {
                problems.add(ImportProblem.of(row.line(), "code", "units.import.duplicate", row.code(), earlier));
            }
            rows.add(row);
        }
        checkParents(rows, firstLine.keySet(), problems);
        return new ImportPreview(rows.stream().map(this::withAction).toList(), problems);
    }

    private static ImportRow normalize(RawRow r) {
        return new ImportRow(r.line(), UnitRules.normalizeCode(UnitRules.blankToNull(r.code())),
                UnitRules.blankToNull(r.name()), UnitRules.normalizeCode(UnitRules.blankToNull(r.group())),
                UnitRules.normalizeCode(UnitRules.blankToNull(r.parentCode())), null);
    }

    private void checkFields(ImportRow row, List<ImportProblem> problems) {
        Checks checks = Checks.start();
        UnitRules.checkCode(checks, "code", row.code());
        UnitRules.checkName(checks, "name", row.name());
        checks.required("group", row.group());
        if (row.group() != null && !groups.contains(row.group())) {
            checks.add(FieldError.of("group", "units.error.group-unknown", row.group()));
        }
        for (FieldError e : checks.errors()) {
            problems.add(new ImportProblem(row.line(), e.field(), e.key(), e.args()));
        }
    }

    private void checkParents(List<ImportRow> rows, Set<String> codesInFile, List<ImportProblem> problems) {
        Map<String, String> parentOf = new HashMap<>();
        existing.forEach((code, unit) -> parentOf.put(code, unit.parentCode()));
        rows.stream().filter(r -> r.code() != null).forEach(r -> parentOf.put(r.code(), r.parentCode()));
        Hierarchy hierarchy = new Hierarchy(parentOf);
        for (ImportRow row : rows) {
            String parent = row.parentCode();
            if (parent == null || row.code() == null) {
                continue;
            }
            if (parent.equals(row.code())) {
                problems.add(ImportProblem.of(row.line(), "parent_code", "units.error.parent-self"));
            } else if (!existing.containsKey(parent) && !codesInFile.contains(parent)) {
                problems.add(ImportProblem.of(row.line(), "parent_code", "units.error.parent-unknown", parent));
            } else if (hierarchy.hasCycleThrough(row.code())) {
                problems.add(ImportProblem.of(row.line(), "parent_code", "units.error.cycle", row.code(), parent));
            }
        }
    }

    private ImportRow withAction(ImportRow row) {
        Existing current = row.code() == null ? null : existing.get(row.code());
        ImportAction action;
        if (current == null) {
            action = ImportAction.CREATE;
        } else if (current.name().equals(row.name()) && current.group().equals(row.group())
                && java.util.Objects.equals(current.parentCode(), row.parentCode())) {
            action = ImportAction.UNCHANGED;
        } else {
            action = ImportAction.UPDATE;
        }
        return new ImportRow(row.line(), row.code(), row.name(), row.group(), row.parentCode(), action);
    }
}
