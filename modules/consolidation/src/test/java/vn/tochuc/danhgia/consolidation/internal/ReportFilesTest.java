package vn.tochuc.danhgia.consolidation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.consolidation.ConsolidationReport;
import vn.tochuc.danhgia.consolidation.Decision;
import vn.tochuc.danhgia.consolidation.domain.Disposition;
import vn.tochuc.danhgia.consultations.SubmittedComment;
import vn.tochuc.danhgia.kernel.internal.LibreOfficeConverter;

/** The report files read back with POI: format, Vietnamese text, rows in order; big reports stay linear. */
class ReportFilesTest {

    private static final String TRICKY = "Đề nghị <b>bỏ</b> cụm \"tối đa\" & thêm 'điểm thưởng'\nDòng thứ hai";

    private static ConsolidationReport scenario() {
        List<SubmittedComment> comments = new ArrayList<>(Scenario.comments());
        comments.add(Scenario.comment(22, "SYT", "Sở Y tế", "D3.K1.a", 13, "Điểm a", TRICKY));
        Disposition approved = Scenario.decided(20, Decision.PARTLY, "Tiếp thu nâng lên 35 điểm; giữ nguyên "
                + "cơ cấu.", null);
        approved.approve(java.time.Instant.now(), "board2");
        return ReportModel.build(Scenario.inputs(comments, List.of(approved,
                Scenario.decided(21, Decision.EXPLAINED, "Mức xếp loại đã theo Quy định 124-QĐ/TW.", null))),
                ReportSettings.Values.quangNgai());
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no document.xml");
    }

    /** Each cell's paragraphs joined by line breaks (POI's own getText() runs them together). */
    private static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(ReportFilesTest::text).toList();
    }

    @Test
    void theDocxHasTheHeaderBlockTitleSummaryAndOneRowPerCommentInArticleOrder() throws IOException {
        byte[] docx = ReportDocx.write(scenario(), 14);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable header = doc.getTables().get(0);
            assertEquals("TỈNH ỦY QUẢNG NGÃI\nBAN TỔ CHỨC\n*\nSố        -BC/BTCTU",
                    text(header.getRow(0).getCell(0)));
            assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM\n\nQuảng Ngãi, ngày 05 tháng 11 năm 2023",
                    text(header.getRow(0).getCell(1)));
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + b + "\n");
            assertTrue(text.contains("BÁO CÁO\nTổng hợp, tiếp thu, giải trình ý kiến góp ý"), text);
            assertTrue(text.contains("- Số cơ quan, đơn vị được xin ý kiến: 3."), text);
            assertTrue(text.contains("- Số cơ quan, đơn vị đã gửi ý kiến: 2 (trong đó gửi muộn: 0)."), text);
            assertTrue(text.contains("- Số cơ quan, đơn vị thống nhất với dự thảo: 1."), text);
            assertTrue(text.contains("- Số cơ quan, đơn vị có ý kiến góp ý: 1, với 3 ý kiến."), text);
            assertTrue(text.contains("- Số cơ quan, đơn vị không có ý kiến phản hồi: 1."), text);
            assertTrue(text.contains("III. CÁC CƠ QUAN, ĐƠN VỊ KHÔNG CÓ Ý KIẾN PHẢN HỒI\n1. Sở Y tế"), text);

            XWPFTable table = doc.getTables().get(1);
            assertEquals(List.of("STT", "Điều, khoản của dự thảo", "Nội dung góp ý", "Cơ quan, đơn vị góp ý",
                    "Ý kiến tiếp thu, giải trình"), cells(table.getRow(0)));
            assertEquals(4, table.getRows().size());
            assertEquals(List.of("1", "Khoản 1 Điều 3", "Đề nghị tăng lên 35 điểm", "Sở Tài chính",
                    "Tiếp thu một phần\nTiếp thu nâng lên 35 điểm; giữ nguyên cơ cấu."), cells(table.getRow(1)));
            assertEquals(List.of("2", "Điểm a khoản 1 Điều 3", TRICKY, "Sở Y tế",
                    "(Chưa có ý kiến tiếp thu, giải trình)"), cells(table.getRow(2)));
            assertEquals("Giải trình\nMức xếp loại đã theo Quy định 124-QĐ/TW.\n(Đề xuất, chưa phê duyệt)",
                    cells(table.getRow(3)).get(4));
            assertTrue(table.getRow(0).isRepeatHeader());
        }
    }

    @Test
    void theDocxIsA4WithAdministrativeMarginsAndTimesNewRomanOnEveryRun() throws IOException {
        String xml = documentXml(ReportDocx.write(scenario(), 14));

        assertTrue(xml.contains("w:w=\"11906\"") && xml.contains("w:h=\"16838\""), "A4");
        assertTrue(xml.contains("w:left=\"1701\"") && xml.contains("w:top=\"1134\""), "3 cm left, 2 cm top");
        Matcher fonts = Pattern.compile("<w:rFonts[^>]*/>").matcher(xml);
        int runs = 0;
        while (fonts.find()) {
            String f = fonts.group();
            for (String range : List.of("ascii", "hAnsi", "cs", "eastAsia")) {
                assertTrue(f.contains("w:" + range + "=\"Times New Roman\""), f);
            }
            runs++;
        }
        assertTrue(runs > 30, "every run names its font: " + runs);
        Matcher sizes = Pattern.compile("<w:sz w:val=\"(\\d+)\"/>").matcher(xml);
        while (sizes.find()) {
            int halfPoints = Integer.parseInt(sizes.group(1));
            assertTrue(halfPoints >= 22 && halfPoints <= 30, "font size " + halfPoints / 2.0);
        }
    }

    @Test
    void theXlsxHoldsTheSameRowsAsTheDocx() throws IOException {
        ConsolidationReport report = scenario();
        byte[] xlsx = ReportXlsx.write(report);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportDocx.write(report, 14)))) {
            Sheet sheet = book.getSheet("Tổng hợp ý kiến");
            XWPFTable table = doc.getTables().get(1);
            for (int r = 0; r < table.getRows().size(); r++) {
                Row row = sheet.getRow(ReportXlsx.HEADER_ROW + r);
                List<String> xl = new ArrayList<>();
                for (int c = 0; c < 5; c++) {
                    xl.add(c == 0 && r > 0 ? String.valueOf((int) row.getCell(0).getNumericCellValue())
                            : row.getCell(c).getStringCellValue());
                }
                assertEquals(cells(table.getRow(r)), xl, "row " + r);
            }
            assertEquals(ReportXlsx.HEADER_ROW + 3, sheet.getLastRowNum());
            assertEquals("20", sheet.getRow(ReportXlsx.HEADER_ROW + 1).getCell(7).getStringCellValue());
            assertEquals("Sở Y tế", book.getSheet("Đơn vị không phản hồi").getRow(1).getCell(1).getStringCellValue());
        }
    }

    @Test
    void fiftyThousandRowsAreWrittenInOnePassWithoutAnObjectPerCell() throws IOException {
        List<SubmittedComment> many = Reports.comments(1000, 50);
        ConsolidationReport report = ReportModel.build(Scenario.inputs(many, List.of()),
                ReportSettings.Values.quangNgai());
        long t = System.nanoTime();
        byte[] docx = ReportDocx.write(report, 14);
        double docxMs = (System.nanoTime() - t) / 1e6;
        t = System.nanoTime();
        byte[] xlsx = ReportXlsx.write(report);
        double xlsxMs = (System.nanoTime() - t) / 1e6;

        String xml = documentXml(docx);
        int rows = 0;
        for (int at = xml.indexOf("<w:tr"); at >= 0; at = xml.indexOf("<w:tr", at + 1)) {
            rows += xml.startsWith("<w:trPr", at) ? 0 : 1;
        }
        assertEquals(1 + 1 + 50_000 + 1, rows, "header block, comments table with its header, signature block");
        assertFalse(xml.contains("@@"), "no marker left");
        assertTrue(xlsx.length > 100_000);
        System.out.printf("Report of 50,000 rows: docx %.0f ms (%d KB), xlsx %.0f ms (%d KB)%n", docxMs,
                docx.length / 1024, xlsxMs, xlsx.length / 1024);
    }

    /** Bytes the current thread allocated while writing both files of a report of units × comments. */
    private static long[] allocated(int units, int perUnit) {
        ConsolidationReport report = ReportModel.build(Scenario.inputs(Reports.comments(units, perUnit), List.of()),
                ReportSettings.Values.quangNgai());
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        ReportDocx.write(report, 14);
        long docx = threads.getThreadAllocatedBytes(id) - before;
        before = threads.getThreadAllocatedBytes(id);
        ReportXlsx.write(report);
        return new long[] {docx, threads.getThreadAllocatedBytes(id) - before};
    }

    @Test
    void memoryGrowsLinearlyWithTheRows() {
        allocated(100, 50);
        long[] small = allocated(100, 50);
        long[] big = allocated(100, 500);

        System.out.printf("Allocated while writing: 5,000 rows docx %d MB, xlsx %d MB; 50,000 rows docx %d MB, "
                + "xlsx %d MB%n", small[0] >> 20, small[1] >> 20, big[0] >> 20, big[1] >> 20);
        assertTrue(big[0] < 13 * small[0], "docx: " + big[0] + " vs " + small[0]);
        assertTrue(big[1] < 13 * small[1], "xlsx: " + big[1] + " vs " + small[1]);
    }

    @Test
    void libreOfficeConvertsTheDocxReportToPdf() {
        if (!new LibreOfficeConverter("", Duration.ofSeconds(1), 1).available()) {
            String message = "LibreOffice is not installed: the PDF conversion check is skipped (install Debian's "
                    + "libreoffice-writer-nogui to run it).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + " Under CI=true a missing LibreOffice is a failure.");
            }
            Assumptions.abort(message);
        }
        byte[] docx = ReportDocx.write(scenario(), 14);
        try (LibreOfficeConverter converter = new LibreOfficeConverter("", Duration.ofSeconds(120), 1)) {
            long start = System.nanoTime();
            byte[] first = converter.toPdf(docx, "docx");
            long firstDone = System.nanoTime();
            byte[] warm = converter.toPdf(docx, "docx");
            long warmDone = System.nanoTime();
            System.out.printf("PDF of the report (%d KB .docx): first conversion %d ms (new LibreOffice profile), "
                    + "warm %d ms%n", docx.length >> 10, (firstDone - start) / 1_000_000,
                    (warmDone - firstDone) / 1_000_000);
            for (byte[] pdf : List.of(first, warm)) {
                assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
                assertTrue(pdf.length > 1000, "a whole PDF came out");
            }
        }
    }
}
