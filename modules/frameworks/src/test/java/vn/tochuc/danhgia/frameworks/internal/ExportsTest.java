package vn.tochuc.danhgia.frameworks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.frameworks.FrameworkRow;
import vn.tochuc.danhgia.frameworks.FrameworkState;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.frameworks.Trees;

class ExportsTest {

    private static final TargetRow DISBURSEMENT = new TargetRow("Giải ngân vốn đầu tư công", "Tỷ lệ giải ngân",
            BigDecimal.valueOf(95), "%", "Báo cáo giải ngân của Kho bạc", LocalDate.of(2026, 12, 31),
            new BigDecimal("25"));

    @Test
    void theDocumentIsLaidOutLikeTheDraftsAnnex() throws IOException {
        byte[] docx = DocxExport.write(new ApprovedDocument("Sở Tài chính", 2026, SubjectType.DEPUTY,
                "Trần Văn Bình", "Phó Giám đốc Sở", "Đầu tư công", Trees.deputy(),
                Map.of("2.a", List.of(DISBURSEMENT, Trees.target("Quyết toán dự án hoàn thành", "25"))),
                Instant.parse("2026-10-30T03:00:00Z"), "so-tai-chinh@1.0.0"));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("PHỤ LỤC", lines.get(0));
            assertEquals("KHUNG TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN GIỮ CHỨC VỤ CẤP PHÓ", lines.get(1));
            assertEquals("SỞ TÀI CHÍNH – NĂM 2026", lines.get(2));
            assertTrue(lines.get(3).contains("30/10/2026"), lines.get(3));
            assertTrue(lines.contains("Lĩnh vực được phân công phụ trách: Đầu tư công"), lines.toString());
            assertEquals("Times New Roman", doc.getParagraphs().get(0).getRuns().get(0).getFontFamily());
            assertEquals("11906", String.valueOf(doc.getDocument().getBody().getSectPr().getPgSz().getW()), "A4 width");
            XWPFTable table = doc.getTables().get(0);
            assertEquals(List.of("STT", "Tiêu chí", "Điểm tối đa", "Chỉ tiêu cụ thể hóa"),
                    table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals("I", table.getRow(1).getCell(0).getText());
            assertEquals("1", table.getRow(5).getCell(0).getText());
            assertEquals("Kết quả thực hiện các chỉ tiêu thuộc lĩnh vực phụ trách", table.getRow(5).getCell(1)
                    .getText());
            String targets = table.getRow(5).getCell(3).getText();
            assertTrue(targets.contains("1. Giải ngân vốn đầu tư công. Chỉ số: Tỷ lệ giải ngân; chỉ tiêu: 95 %; "
                    + "sản phẩm: Báo cáo giải ngân của Kho bạc; thời hạn: 31/12/2026; 25 điểm."), targets);
            assertTrue(targets.contains("2. Quyết toán dự án hoàn thành"), targets);
            XWPFTable last = table;
            assertEquals("Tổng cộng", last.getRow(last.getNumberOfRows() - 1).getCell(1).getText());
            assertEquals("100", last.getRow(last.getNumberOfRows() - 1).getCell(2).getText());
        }
    }

    @Test
    void theWorkbookHasOneRowPerTargetAndOneForASubjectWithNothingSubmitted() throws IOException {
        FrameworkRow approved = row(SubjectType.DEPUTY, FrameworkState.APPROVED, "Trần Văn Bình", "Đầu tư công");
        FrameworkRow notStarted = row(SubjectType.COLLECTIVE, FrameworkState.NOT_STARTED, "", "");

        byte[] xlsx = XlsxExport.write(2026, List.of(
                new ExportedFramework(approved, Trees.deputy(), Map.of("2.a", List.of(DISBURSEMENT,
                        Trees.target("Quyết toán", "25")))),
                new ExportedFramework(notStarted, null, Map.of())));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            assertEquals(XlsxExport.HEADERS.get(0), sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum(), "two targets and one subject without content");
            Row first = sheet.getRow(1);
            assertEquals("STC", first.getCell(0).getStringCellValue());
            assertEquals("Cấp phó", first.getCell(3).getStringCellValue());
            assertEquals("Trần Văn Bình", first.getCell(4).getStringCellValue());
            assertEquals("Đã phê duyệt", first.getCell(7).getStringCellValue());
            assertEquals("2.a", first.getCell(10).getStringCellValue());
            assertEquals("Giải ngân vốn đầu tư công", first.getCell(13).getStringCellValue());
            assertEquals(95.0, first.getCell(15).getNumericCellValue());
            assertEquals("31/12/2026", text.formatCellValue(first.getCell(18)));
            assertEquals(25.0, first.getCell(19).getNumericCellValue());
            Row empty = sheet.getRow(3);
            assertEquals("Chưa bắt đầu", empty.getCell(7).getStringCellValue());
            assertEquals(null, empty.getCell(13));
        }
    }

    private static FrameworkRow row(SubjectType subject, FrameworkState state, String person, String field) {
        return new FrameworkRow(state == FrameworkState.NOT_STARTED ? null : 5L, "STC", "Sở Tài chính", "SO_NGANH",
                "Sở, ban, ngành", 2026, subject, person.isEmpty() ? null : 3L, person, "", field, state, 1, null,
                "so-tai-chinh", "1.0.0");
    }
}
