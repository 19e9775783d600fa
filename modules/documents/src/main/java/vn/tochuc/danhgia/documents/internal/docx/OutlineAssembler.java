package vn.tochuc.danhgia.documents.internal.docx;

import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.Table;

/**
 * Reads the lines and tables of a draft in order and sends each to the part of the document it belongs to.
 *
 * <p>The document is taken as four consecutive parts: the preamble, the body (from the first chương or điều), the
 * closing (signature block, "Nơi nhận", after the last article) and the annexes (from the first "PHỤ LỤC"). Once in
 * the annexes, a "Điều" or "1." is annex content: an annex may well quote articles or number its rows.
 */
final class OutlineAssembler {

    private enum Part { PREAMBLE, BODY, CLOSING, ANNEXES }

    private Part part = Part.PREAMBLE;
    private final PreambleCollector preamble = new PreambleCollector();
    private final BodyBuilder body = new BodyBuilder();
    private final List<String> closing = new ArrayList<>();
    private final AnnexCollector annexes = new AnnexCollector();

    /** Takes one line; returns the kind of node it opened (null when none), for the list counters. */
    NodeKind accept(Line line) {
        if (Text.isDecorative(line.match())) {
            return null;
        }
        Heading heading = Headings.classify(line);
        if (heading != null && heading.kind() == NodeKind.ANNEX) {
            part = Part.ANNEXES;
            annexes.open(line, heading);
            return NodeKind.ANNEX;
        }
        boolean structural = heading != null
                && (heading.kind() == NodeKind.CHAPTER || heading.kind() == NodeKind.SECTION
                        || heading.kind() == NodeKind.ARTICLE);
        switch (part) {
            case PREAMBLE:
                if (!structural) {
                    preamble.accept(line);
                    return null;
                }
                part = Part.BODY;
                return body.accept(line, heading);
            case BODY:
            case CLOSING:
                return acceptInBody(line, heading, structural);
            default:
                annexes.accept(line);
                return null;
        }
    }

    void accept(Table table) {
        switch (part) {
            case PREAMBLE:
                preamble.accept(table);
                break;
            case BODY:
                if (!table.isEmpty() && body.hasArticle() && Headings.isClosing(table.text())) {
                    part = Part.CLOSING;
                }
                addTableText(table);
                break;
            case CLOSING:
                addTableText(table);
                break;
            default:
                annexes.accept(table);
        }
    }

    Outline build() {
        if (!body.hasArticle()) {
            throw DocxErrors.noArticle();
        }
        return new Outline(preamble.header(), preamble.draftMarker(), preamble.titleLines(), preamble.recitals(),
                preamble.enactingLine(), body.chapters(), body.looseArticles(), closing, annexes.annexes());
    }

    private NodeKind acceptInBody(Line line, Heading heading, boolean structural) {
        if (part == Part.BODY && heading == null && body.hasArticle() && Headings.isClosing(line.match())) {
            part = Part.CLOSING;
        }
        if (part == Part.CLOSING && !structural) {
            closing.add(line.text());
            return null;
        }
        // A heading after what looked like a signature means the signature guess was wrong: back to the body.
        part = Part.BODY;
        return body.accept(line, heading);
    }

    private void addTableText(Table table) {
        if (table.isEmpty()) {
            return;
        }
        if (part == Part.CLOSING) {
            table.rows().forEach(row -> closing.add(String.join(Table.CELL_SEPARATOR, row)));
        } else {
            body.addText(table.text());
        }
    }
}
