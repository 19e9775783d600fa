package vn.tochuc.danhgia.documents.internal.docx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.Table;

/**
 * Turns Word paragraphs into {@link Line}s, computing the label of automatically numbered paragraphs.
 *
 * <p>Labels are counted in document order as Word counts them, with one deliberate difference: a list that numbers
 * khoản starts again at each điều, and a list that numbers điểm starts again at each khoản. Drafters get this in
 * Word by choosing "Restart at 1"; when they forget, Word shows "4." for the first khoản of the next article, but
 * the regulation still means khoản 1, and that is the number comments must point at.
 */
final class LineReader {

    private final WordNumbering numbering;
    private final ParagraphStyles styles;
    private final ListCounters counters = new ListCounters();
    private final Set<String> clauseLists = new HashSet<>();
    private final Set<String> pointLists = new HashSet<>();

    LineReader(XWPFDocument document) {
        this.numbering = new WordNumbering(document.getNumbering());
        this.styles = new ParagraphStyles(document.getStyles());
    }

    /** The paragraph as a line, or empty when it has no text (an empty numbered paragraph still takes a number). */
    Optional<Line> read(XWPFParagraph paragraph) {
        String label = "";
        String listKey = null;
        ParagraphStyles.NumRef ref = styles.numbering(paragraph);
        Optional<ListDefinition> list = ref == null ? Optional.empty() : numbering.list(ref.numId());
        if (list.isPresent() && ref.ilvl() >= 0 && ref.ilvl() < ListDefinition.LEVELS) {
            int[] values = counters.next(list.get(), ref.ilvl());
            String shown = list.get().label(ref.ilvl(), values);
            label = shown.isEmpty() ? "" : shown + list.get().level(ref.ilvl()).suffix();
            listKey = list.get().key();
        }
        String body = Text.trim(paragraph.getText());
        if (body.isEmpty()) {
            return Optional.empty();
        }
        String text = label + body;
        return Optional.of(new Line(text, Text.nfc(text), styles.centered(paragraph),
                styles.emphasized(paragraph), listKey));
    }

    /** Tells the reader what the last line turned out to be, so that khoản and điểm lists restart where they should. */
    void opened(NodeKind kind, Line line) {
        if (kind == NodeKind.ARTICLE) {
            restartAllBut(clauseLists, line.listKey());
            restartAllBut(pointLists, line.listKey());
        } else if (kind == NodeKind.CLAUSE) {
            if (line.listKey() != null) {
                clauseLists.add(line.listKey());
            }
            restartAllBut(pointLists, line.listKey());
        } else if (kind == NodeKind.POINT && line.listKey() != null) {
            pointLists.add(line.listKey());
        }
    }

    /** The table as rows of cell texts; a cell's paragraphs are joined with {@code \n}, empty ones left out. */
    Table table(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                List<String> lines = new ArrayList<>();
                for (XWPFParagraph paragraph : cell.getParagraphs()) {
                    read(paragraph).ifPresent(line -> lines.add(line.text()));
                }
                cells.add(String.join("\n", lines));
            }
            rows.add(cells);
        }
        return new Table(rows);
    }

    private void restartAllBut(Set<String> lists, String keep) {
        lists.stream().filter(key -> !key.equals(keep)).forEach(counters::restart);
    }
}
