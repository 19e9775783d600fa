package vn.tochuc.danhgia.documents.internal.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.tochuc.danhgia.documents.Table;

/**
 * A Word document laid out the way Vietnamese administrative texts are (Nghị định 30/2020/NĐ-CP, Hướng dẫn
 * 36-HD/VPTW): A4, margins 2 cm with 3 cm on the left, Times New Roman 14, justified body with a first-line indent.
 */
final class WordComposer {

    /** The looks a paragraph can take. */
    enum Look { TITLE, NOTE, ARTICLE, BODY, RECITAL, PLAIN }

    private static final String FONT = "Times New Roman";
    private static final int FONT_SIZE = 14;
    /** Twentieths of a point: 1 cm = 567, A4 = 11906 × 16838. */
    private static final int CM = 567;
    private static final int SPACING = 60;

    private final XWPFDocument document = new XWPFDocument();

    WordComposer() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2L * CM));
        margins.setBottom(BigInteger.valueOf(2L * CM));
        margins.setRight(BigInteger.valueOf(2L * CM));
        margins.setLeft(BigInteger.valueOf(3L * CM));
    }

    /** A paragraph; a {@code \n} in the text becomes a line break, a tab a tab. */
    XWPFParagraph paragraph(String text, Look look) {
        XWPFParagraph paragraph = document.createParagraph();
        shape(paragraph, look);
        fill(paragraph, text, look == Look.TITLE || look == Look.ARTICLE, look == Look.NOTE || look == Look.RECITAL);
        return paragraph;
    }

    /** A table, bordered for data (annex) or without borders for the header block. */
    void table(Table table, boolean borders) {
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
        XWPFTable grid = document.createTable(table.rows().size(), Math.max(columns, 1));
        grid.setWidth("100%");
        if (!borders) {
            noBorders(grid);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> cells = table.rows().get(r);
            XWPFTableRow row = grid.getRow(r);
            for (int c = row.getTableCells().size() - 1; c >= cells.size(); c--) {
                row.removeCell(c);
            }
            for (int c = 0; c < cells.size(); c++) {
                cell(row.getCell(c), cells.get(c), !borders);
            }
        }
    }

    void write(OutputStream out) throws IOException {
        try {
            document.write(out);
        } finally {
            document.close();
        }
    }

    private void cell(XWPFTableCell cell, String text, boolean centered) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            paragraph.setAlignment(centered ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            fill(paragraph, lines[i], false, false);
        }
    }

    private static void shape(XWPFParagraph paragraph, Look look) {
        paragraph.setSpacingBefore(SPACING);
        paragraph.setSpacingAfter(SPACING);
        if (look == Look.TITLE || look == Look.NOTE) {
            paragraph.setAlignment(ParagraphAlignment.CENTER);
        } else if (look == Look.PLAIN) {
            paragraph.setAlignment(ParagraphAlignment.LEFT);
        } else {
            paragraph.setAlignment(ParagraphAlignment.BOTH);
            paragraph.setIndentationFirstLine(CM);
        }
    }

    private static void fill(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String[] pieces = lines[i].split("\t", -1);
            for (int j = 0; j < pieces.length; j++) {
                XWPFRun run = paragraph.createRun();
                run.setFontFamily(FONT);
                run.setFontSize(FONT_SIZE);
                run.setBold(bold);
                run.setItalic(italic);
                if (i > 0 && j == 0) {
                    run.addBreak();
                }
                if (j > 0) {
                    run.addTab();
                }
                run.setText(pieces[j]);
            }
        }
    }

    private static void noBorders(XWPFTable table) {
        table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
    }
}
