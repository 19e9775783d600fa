package vn.tochuc.danhgia.documents.internal.docx;

import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.documents.Annex;
import vn.tochuc.danhgia.documents.Block;
import vn.tochuc.danhgia.documents.Paragraph;
import vn.tochuc.danhgia.documents.Table;

/**
 * The phụ lục at the end of the document. After a "PHỤ LỤC" heading, the set-off lines (centered, bold, upper-case
 * or in parentheses) are its title block; the first table or plain paragraph starts its body.
 */
final class AnnexCollector {

    private final List<Annex> annexes = new ArrayList<>();
    private Line heading;
    private Heading parsed;
    private final List<String> titleLines = new ArrayList<>();
    private final List<Block> body = new ArrayList<>();
    private boolean titleOpen;

    void open(Line line, Heading annexHeading) {
        close();
        heading = line;
        parsed = annexHeading;
        titleOpen = true;
    }

    void accept(Line line) {
        boolean parenthesized = line.match().startsWith("(") && line.match().endsWith(")");
        if (titleOpen && (line.looksLikeTitle() || parenthesized)) {
            titleLines.add(line.text());
            return;
        }
        titleOpen = false;
        body.add(new Paragraph(line.text()));
    }

    void accept(Table table) {
        titleOpen = false;
        body.add(table);
    }

    List<Annex> annexes() {
        close();
        return List.copyOf(annexes);
    }

    private void close() {
        if (heading == null) {
            return;
        }
        String ordinal = String.valueOf(annexes.size() + 1);
        String label = parsed.numeral().isEmpty() ? "Phụ lục" : "Phụ lục " + parsed.numeral();
        String title = !parsed.title().isEmpty() ? parsed.title()
                : titleLines.isEmpty() ? "" : Text.collapse(titleLines.get(0));
        annexes.add(new Annex("PL" + ordinal, label, ordinal, heading.text(), title, titleLines, body));
        heading = null;
        titleLines.clear();
        body.clear();
    }
}
