package vn.tochuc.danhgia.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A phụ lục: everything from a "PHỤ LỤC" heading to the next one or to the end of the document.
 *
 * <p>Annexes come after the articles (usually after a page break); anything in them that looks like "Điều" or
 * "1." is annex content, not structure.
 *
 * @param path {@code PL1}, {@code PL2}, … by order of appearance, also when there is a single unnumbered annex
 * @param label "Phụ lục I", "Phụ lục 2", or "Phụ lục" when the heading has no number
 * @param number the ordinal of the annex in the document, as in the path ("1", "2", …)
 * @param heading the heading paragraph exactly as typed ("PHỤ LỤC", "PHỤ LỤC I. KHUNG TIÊU CHÍ …")
 * @param title the annex's name: the title typed on the heading line, else its first title line, else {@code ""}
 * @param titleLines the paragraphs right after the heading that belong to the title block (centered, bold,
 *     upper-case or in parentheses, e.g. "(Kèm theo Quy định số …)"), exactly as typed
 * @param body the paragraphs and tables after the title block, in document order
 */
public record Annex(
        String path, String label, String number, String heading, String title, List<String> titleLines,
        List<Block> body) {

    public Annex {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(heading, "heading");
        title = title == null ? "" : title;
        titleLines = List.copyOf(titleLines);
        body = List.copyOf(body);
    }

    /** The paragraphs of the body, without the tables. */
    public List<String> paragraphs() {
        return body.stream().filter(Paragraph.class::isInstance).map(Block::text).toList();
    }

    /** The tables of the body, in document order. */
    public List<Table> tables() {
        return body.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    /** The heading, the title lines and the body (tables one line per row), joined with {@code \n}. */
    public String text() {
        List<String> lines = new ArrayList<>();
        lines.add(heading);
        lines.addAll(titleLines);
        body.stream().map(Block::text).filter(text -> !text.isEmpty()).forEach(lines::add);
        return String.join("\n", lines);
    }

    /** The annex as a node (kind {@link NodeKind#ANNEX}, no children), so comments can point at it. */
    public OutlineNode node() {
        return new OutlineNode(NodeKind.ANNEX, path, label, number, title, text(), List.of());
    }
}
