package vn.tochuc.danhgia.units;

import java.util.List;

/**
 * What an import would do. If {@link #problems()} is not empty the import would do nothing at all: a file is
 * imported whole or not at all.
 */
public record ImportPreview(List<ImportRow> rows, List<ImportProblem> problems) {

    public ImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty();
    }

    public long count(ImportAction action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }
}
