package vn.tochuc.danhgia.documents;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table kept as rows of cell texts (the header block of the document, or a table of an annex).
 *
 * <p>A cell with several paragraphs has them joined with {@code \n}; an empty cell is {@code ""}. Merged cells are
 * not expanded: each row lists the cells Word stores for it.
 *
 * @param rows the rows, each the texts of its cells from left to right
 */
public record Table(List<List<String>> rows) implements Block {

    /** Cells of a row are shown joined with this separator when the table is flattened to text. */
    public static final String CELL_SEPARATOR = " | ";

    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static Table empty() {
        return new Table(List.of());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** One line per row, cells joined with {@value #CELL_SEPARATOR}. */
    @Override
    public String text() {
        return rows.stream().map(row -> String.join(CELL_SEPARATOR, row)).collect(Collectors.joining("\n"));
    }
}
