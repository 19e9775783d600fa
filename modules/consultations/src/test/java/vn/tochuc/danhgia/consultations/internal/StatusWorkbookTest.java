package vn.tochuc.danhgia.consultations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.consultations.RecipientStatus;
import vn.tochuc.danhgia.consultations.TaskProgress;
import vn.tochuc.danhgia.consultations.UnitAnswerStatus;
import vn.tochuc.danhgia.consultations.domain.Consultation;

/** The other tasks a consultation carries get two columns each after the answer columns, empty for a unit without. */
class StatusWorkbookTest {

    private static final Instant DEADLINE = Instant.parse("2026-10-31T10:00:00Z");

    private static RecipientStatus recipient(String unit) {
        return new RecipientStatus(unit, "Đơn vị " + unit, "SO_NGANH", "Sở, ngành", UnitAnswerStatus.NOT_OPENED,
                null, 0, null, false, DEADLINE, null, null);
    }

    @Test
    void writesATasksStateAndDetailPerUnitAfterTheAnswerColumns() throws Exception {
        Consultation c = new Consultation("Xin ý kiến dự thảo", "12-CV/BTCTU", "", 1, 1, DEADLINE, false,
                List.of("SO_NGANH"), List.of(), Instant.now(), "board");
        // The state key is any Vietnamese bundle key: the workbook shows it in Vietnamese.
        TaskProgress progress = new TaskProgress("x.label", "consultations.status.DRAFT", "đã duyệt 1/3", false, "/");
        TaskColumn task = new TaskColumn("Cụ thể hóa khung tiêu chí", Map.of("STC", progress));

        byte[] file = StatusWorkbook.write(c, List.of(recipient("STC"), recipient("SYT")), List.of(task));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            int column = StatusWorkbook.HEADERS.size();
            assertEquals("Cụ thể hóa khung tiêu chí", sheet.getRow(3).getCell(column).getStringCellValue());
            assertEquals("Cụ thể hóa khung tiêu chí (chi tiết)",
                    sheet.getRow(3).getCell(column + 1).getStringCellValue());
            Row stc = sheet.getRow(4);
            assertEquals("STC", stc.getCell(1).getStringCellValue());
            assertEquals("Đang soạn", stc.getCell(column).getStringCellValue());
            assertEquals("đã duyệt 1/3", stc.getCell(column + 1).getStringCellValue());
            assertEquals("", sheet.getRow(5).getCell(column).getStringCellValue(), "SYT has no progress");
            assertNull(sheet.getRow(3).getCell(column + 2));
        }
    }
}
