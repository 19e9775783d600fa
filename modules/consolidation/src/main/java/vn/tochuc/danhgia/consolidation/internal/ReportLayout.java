package vn.tochuc.danhgia.consolidation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import vn.tochuc.danhgia.consolidation.ConsolidationReport;
import vn.tochuc.danhgia.consolidation.Progress;
import vn.tochuc.danhgia.consolidation.ReportSummary;

/**
 * Lays the report out with POI in the format of the Party's administrative texts (Hướng dẫn 36-HD/VPTW): A4, margins
 * 2 cm top and bottom, 3 cm left, 1.5 cm right; Times New Roman on every run (ascii, hAnsi, cs and eastAsia); body
 * 14 pt, table 13 pt; the header block as a borderless two-column table. The comments table holds one template row
 * that {@link ReportDocx} replaces with the data rows.
 */
final class ReportLayout {

    static final String FONT = "Times New Roman";
    /** Twentieths of a point: 1 cm = 567. A4 is 11906 × 16838. */
    private static final int CM = 567;
    /** Column widths of the comments table in twips: 16.5 cm of text width. */
    private static final int[] WIDTHS = {624, 1474, 3345, 1587, 2325};
    private static final int TABLE_FONT = 13;

    private final XWPFDocument doc = new XWPFDocument();
    private final int size;

    private ReportLayout(int size) {
        this.size = size;
        page();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
    }

    static byte[] skeleton(ConsolidationReport report, int fontSize) {
        ReportLayout layout = new ReportLayout(fontSize);
        layout.header(report);
        layout.title(report);
        layout.summary(report);
        layout.table();
        layout.silent(report.notAnswered());
        layout.closing(report);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            layout.doc.write(out);
            layout.doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void page() {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz pageSize = section.addNewPgSz();
        pageSize.setW(BigInteger.valueOf(11906));
        pageSize.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2L * CM));
        margins.setBottom(BigInteger.valueOf(2L * CM));
        margins.setLeft(BigInteger.valueOf(3L * CM));
        margins.setRight(BigInteger.valueOf(CM * 3L / 2));
    }

    private void header(ConsolidationReport r) {
        XWPFTable table = doc.createTable(1, 2);
        table.setWidth("100%");
        noBorders(table);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth("40%");
        right.setWidth("60%");
        line(left.getParagraphs().get(0), r.issuerParent(), false, false, size);
        line(left.addParagraph(), r.issuer(), true, false, size);
        line(left.addParagraph(), "*", false, false, size);
        line(left.addParagraph(), r.numberLine(), false, false, size);
        XWPFRun party = line(right.getParagraphs().get(0), "ĐẢNG CỘNG SẢN VIỆT NAM", true, false, size);
        party.setUnderline(UnderlinePatterns.SINGLE);
        line(right.addParagraph(), "", false, false, size);
        line(right.addParagraph(), r.placeAndDate(), false, true, size);
    }

    private void title(ConsolidationReport r) {
        paragraph(ParagraphAlignment.CENTER, false).setSpacingBefore(240);
        run(paragraph(ParagraphAlignment.CENTER, false), "BÁO CÁO", true, false, size + 1);
        run(paragraph(ParagraphAlignment.CENTER, false), r.subject(), true, false, size);
        run(paragraph(ParagraphAlignment.CENTER, false), "-----", false, false, size);
        run(paragraph(ParagraphAlignment.BOTH, true), r.intro(), false, false, size);
    }

    private void summary(ConsolidationReport r) {
        ReportSummary s = r.summary();
        Progress p = s.progress();
        heading("I. TÌNH HÌNH GÓP Ý");
        body("- Số cơ quan, đơn vị được xin ý kiến: " + s.asked() + ".");
        body("- Số cơ quan, đơn vị đã gửi ý kiến: " + s.answered() + " (trong đó gửi muộn: " + s.late() + ").");
        body("- Số cơ quan, đơn vị thống nhất với dự thảo: " + s.agreed() + ".");
        body("- Số cơ quan, đơn vị có ý kiến góp ý: " + s.withComments() + ", với " + s.comments() + " ý kiến.");
        body("- Số cơ quan, đơn vị không có ý kiến phản hồi: " + s.notAnswered() + ".");
        body("- Kết quả tiếp thu, giải trình: tiếp thu " + p.accepted() + " ý kiến; tiếp thu một phần " + p.partly()
                + " ý kiến; giải trình " + p.explained() + " ý kiến; ghi nhận " + p.noted() + " ý kiến"
                + (p.decided() < p.comments() ? "; chưa có ý kiến tiếp thu, giải trình " + (p.comments() - p.decided())
                        + " ý kiến." : "."));
        heading("II. TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý");
    }

    /** The comments table: a header row repeated on every page, and the template row. */
    private void table() {
        XWPFTable table = doc.createTable(2, WIDTHS.length);
        table.setWidth(String.valueOf(sum()));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : WIDTHS) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < WIDTHS.length; c++) {
            XWPFTableCell cell = head.getCell(c);
            cell.setWidth(String.valueOf(WIDTHS[c]));
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            line(p, ReportText.HEADERS[c], true, false, TABLE_FONT);
        }
        XWPFTableRow template = table.getRow(1);
        for (int c = 0; c < WIDTHS.length; c++) {
            XWPFTableCell cell = template.getCell(c);
            cell.setWidth(String.valueOf(WIDTHS[c]));
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            if (c == 0) {
                run(p, RowTemplate.MARKER, false, false, TABLE_FONT);
                run(p, RowTemplate.marker(0), false, false, TABLE_FONT);
            } else if (c < 4) {
                run(p, RowTemplate.marker(c), false, false, TABLE_FONT);
            } else {
                run(p, RowTemplate.marker(4), true, false, TABLE_FONT);
                run(p, RowTemplate.marker(5), false, false, TABLE_FONT);
            }
        }
    }

    private void silent(List<String> units) {
        heading("III. CÁC CƠ QUAN, ĐƠN VỊ KHÔNG CÓ Ý KIẾN PHẢN HỒI");
        if (units.isEmpty()) {
            body("Tất cả các cơ quan, đơn vị được xin ý kiến đều đã gửi ý kiến.");
        }
        for (int i = 0; i < units.size(); i++) {
            body((i + 1) + ". " + units.get(i));
        }
    }

    private void closing(ConsolidationReport r) {
        body("Trên đây là báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý của các cơ quan, đơn vị; kính trình "
                + r.recipients().get(0).replace("- ", "").replace(" (báo cáo),", "") + " xem xét, cho ý kiến.");
        XWPFTable table = doc.createTable(1, 2);
        table.setWidth("100%");
        noBorders(table);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(left.getParagraphs().get(0), "Nơi nhận:", true, true, 12);
        r.recipients().forEach(line -> run(left.addParagraph(), line, false, false, 11));
        XWPFParagraph title = right.getParagraphs().get(0);
        title.setAlignment(ParagraphAlignment.CENTER);
        line(title, r.signerTitle().toUpperCase(Locale.forLanguageTag("vi")), true, false, size);
    }

    private void heading(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, true);
        p.setSpacingBefore(120);
        run(p, text, true, false, size);
    }

    private void body(String text) {
        run(paragraph(ParagraphAlignment.BOTH, true), text, false, false, size);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(60);
        if (indent) {
            p.setIndentationFirstLine(CM);
        }
        return p;
    }

    /** A centered line of the header or signature block. */
    private static XWPFRun line(XWPFParagraph p, String text, boolean bold, boolean italic, int points) {
        p.setAlignment(ParagraphAlignment.CENTER);
        return run(p, text, bold, italic, points);
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int points) {
        XWPFRun run = p.createRun();
        style(run, bold, italic, points);
        run.setText(text);
        return run;
    }

    /** Every run names its font for all four script ranges, so Word never falls back to Calibri for Vietnamese. */
    static void style(XWPFRun run, boolean bold, boolean italic, int points) {
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setBold(bold);
        run.setItalic(italic);
    }

    private static void noBorders(XWPFTable table) {
        table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
    }

    private static int sum() {
        int total = 0;
        for (int w : WIDTHS) {
            total += w;
        }
        return total;
    }
}
