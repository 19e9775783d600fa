package vn.tochuc.danhgia.units;

import java.util.List;

/**
 * Why a row (or the whole file, with line 0) cannot be imported: a message key and its arguments.
 *
 * @param line the line in the file; 0 for a problem with the whole file
 * @param field the column, or empty
 */
public record ImportProblem(int line, String field, String key, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem of(int line, String field, String key, Object... args) {
        return new ImportProblem(line, field, key, List.of(args));
    }
}
