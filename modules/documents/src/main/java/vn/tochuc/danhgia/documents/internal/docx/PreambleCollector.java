package vn.tochuc.danhgia.documents.internal.docx;

import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.documents.Table;

/**
 * Everything before the first chương or điều: header block, draft marker, title, căn cứ and the enacting line.
 *
 * <p>The title is the run of set-off lines (centered, bold or upper-case) at the top; the first line that is not
 * set off, or that starts like a căn cứ, ends it. After that every paragraph is a căn cứ, except that the last one
 * becomes the enacting line when it ends with ":" ("… quy định như sau:", "QUYẾT ĐỊNH:").
 */
final class PreambleCollector {

    private Table header = Table.empty();
    private String draftMarker = "";
    private final List<String> titleLines = new ArrayList<>();
    private final List<String> recitals = new ArrayList<>();
    private boolean titleOpen = true;

    void accept(Line line) {
        if (draftMarker.isEmpty() && recitals.isEmpty() && Headings.isDraftMarker(line)) {
            draftMarker = line.text();
            return;
        }
        boolean titleLine = line.looksLikeTitle() && !Headings.isRecital(line) && !line.match().endsWith(":");
        if (titleOpen && titleLine) {
            titleLines.add(line.text());
            return;
        }
        titleOpen = false;
        recitals.add(line.text());
    }

    /** The first table above the title is the header block; a later one is kept with the căn cứ as text. */
    void accept(Table table) {
        if (header.isEmpty() && titleLines.isEmpty() && recitals.isEmpty()) {
            header = table;
        } else if (!table.isEmpty()) {
            titleOpen = false;
            recitals.add(table.text());
        }
    }

    Table header() {
        return header;
    }

    String draftMarker() {
        return draftMarker;
    }

    List<String> titleLines() {
        return titleLines;
    }

    List<String> recitals() {
        return hasEnactingLine() ? recitals.subList(0, recitals.size() - 1) : recitals;
    }

    String enactingLine() {
        return hasEnactingLine() ? recitals.get(recitals.size() - 1) : "";
    }

    private boolean hasEnactingLine() {
        return !recitals.isEmpty() && Text.nfc(recitals.get(recitals.size() - 1)).endsWith(":");
    }
}
