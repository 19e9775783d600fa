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
 *
 * <p>A draft typed without a header table often starts with its issuing body as bold or upper-case lines ("TỈNH ỦY
 * QUẢNG NGÃI", "BAN TỔ CHỨC"), which look just like title lines. The title starts at the line that names the kind of
 * text ("QUY ĐỊNH", "HƯỚNG DẪN", …): the set-off lines above it are the header, kept as a one-cell table as if they
 * had been typed in the header's left cell, so that the title names the regulation and not who issues it.
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
        int start = titleStart();
        if (start == 0) {
            return header;
        }
        return new Table(List.of(List.of(String.join("\n", titleLines.subList(0, start)))));
    }

    String draftMarker() {
        return draftMarker;
    }

    List<String> titleLines() {
        return titleLines.subList(titleStart(), titleLines.size());
    }

    /**
     * Where the title starts in the set-off lines: at the document-type line when there is no header table and such a
     * line comes after others, else at the first line (a draft with a header table keeps its title as typed).
     */
    private int titleStart() {
        if (!header.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < titleLines.size(); i++) {
            if (Headings.isDocumentType(titleLines.get(i))) {
                return i;
            }
        }
        return 0;
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
