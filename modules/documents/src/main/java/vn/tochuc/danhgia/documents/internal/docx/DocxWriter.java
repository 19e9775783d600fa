package vn.tochuc.danhgia.documents.internal.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import vn.tochuc.danhgia.documents.Annex;
import vn.tochuc.danhgia.documents.Block;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.OutlineNode;
import vn.tochuc.danhgia.documents.Paragraph;
import vn.tochuc.danhgia.documents.Table;
import vn.tochuc.danhgia.documents.internal.docx.WordComposer.Look;

/**
 * Writes an outline back to a .docx in the Vietnamese administrative format: header block as a borderless
 * two-column table, centered bold title, bold "Điều N." headings, justified body, each annex on a new page.
 *
 * <p>Each node's text is written one paragraph per line, with its numbers typed: reading the file again gives the
 * same outline, which is what the updated draft sent back to the units needs.
 */
public final class DocxWriter {

    private DocxWriter() {}

    public static byte[] write(Outline outline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(outline, out);
        return out.toByteArray();
    }

    public static void write(Outline outline, OutputStream out) {
        WordComposer word = new WordComposer();
        if (!outline.header().isEmpty()) {
            word.table(outline.header(), false);
        }
        if (outline.isDraft()) {
            word.paragraph(outline.draftMarker(), Look.TITLE);
        }
        outline.titleLines().forEach(line -> word.paragraph(line, Look.TITLE));
        if (!outline.titleLines().isEmpty()) {
            word.paragraph("-----", Look.TITLE);
        }
        outline.recitals().forEach(line -> word.paragraph(line, Look.RECITAL));
        if (!outline.enactingLine().isEmpty()) {
            word.paragraph(outline.enactingLine(), Look.BODY);
        }
        outline.articles().forEach(article -> node(word, article));
        outline.chapters().forEach(chapter -> node(word, chapter));
        outline.closing().forEach(line -> word.paragraph(line, Look.PLAIN));
        outline.annexes().forEach(annex -> annex(word, annex));
        try {
            word.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the .docx", e);
        }
    }

    private static void node(WordComposer word, OutlineNode node) {
        String[] lines = node.text().split("\n");
        boolean part = node.kind() == NodeKind.CHAPTER || node.kind() == NodeKind.SECTION;
        // A chương or mục typed on two lines ("Chương I" then its title) keeps its title on a line of its own.
        Heading heading = Headings.classify(Line.plain(lines[0]));
        boolean titleOnNextLine = part && !node.title().isEmpty() && heading != null && heading.title().isEmpty();
        for (int i = 0; i < lines.length; i++) {
            Look look = Look.BODY;
            if (i == 0 && part || i == 1 && titleOnNextLine) {
                look = Look.TITLE;
            } else if (i == 0 && node.kind() == NodeKind.ARTICLE) {
                look = Look.ARTICLE;
            }
            word.paragraph(lines[i], look);
        }
        node.children().forEach(child -> node(word, child));
    }

    private static void annex(WordComposer word, Annex annex) {
        word.paragraph(annex.heading(), Look.TITLE).setPageBreak(true);
        for (String line : annex.titleLines()) {
            boolean note = line.startsWith("(") && line.endsWith(")");
            word.paragraph(line, note ? Look.NOTE : Look.TITLE);
        }
        for (Block block : annex.body()) {
            if (block instanceof Table table) {
                word.table(table, true);
            } else {
                word.paragraph(((Paragraph) block).text(), Look.BODY);
            }
        }
    }
}
