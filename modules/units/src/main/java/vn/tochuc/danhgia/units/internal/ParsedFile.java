package vn.tochuc.danhgia.units.internal;

import java.util.List;
import vn.tochuc.danhgia.units.ImportProblem;
import vn.tochuc.danhgia.units.domain.RawRow;

/** The rows read from an import file, or the problems that kept it from being read. */
record ParsedFile(List<RawRow> rows, List<ImportProblem> problems) {

    static ParsedFile failed(String key, Object... args) {
        return new ParsedFile(List.of(), List.of(ImportProblem.of(0, "", key, args)));
    }
}
