package vn.tochuc.danhgia.consultations.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tochuc.danhgia.consultations.RecipientStatus;
import vn.tochuc.danhgia.consultations.StatusCounts;
import vn.tochuc.danhgia.consultations.TaskProgress;
import vn.tochuc.danhgia.consultations.domain.Consultation;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.kernel.Zones;

/**
 * The tracking list as a real .xlsx with Vietnamese headers, one row per recipient unit; after the answer columns,
 * two per other task the consultation carries (the unit's state in it and the detail, e.g. "đã duyệt 1/3"), as the
 * tracking screen shows them.
 */
final class StatusWorkbook {

    static final List<String> HEADERS = List.of("STT", "Mã đơn vị", "Tên đơn vị", "Nhóm", "Trạng thái", "Ý kiến",
            "Số ý kiến", "Thời gian gửi", "Số tiếp nhận", "Nộp muộn", "Hạn góp ý");
    private static final int[] WIDTHS = {6, 14, 48, 40, 16, 22, 10, 18, 24, 10, 18};
    private static final int STATE_WIDTH = 28;
    private static final int DETAIL_WIDTH = 18;

    private StatusWorkbook() {}

    /** The header of a task's second column: "Cụ thể hóa khung tiêu chí (chi tiết)". */
    static String detailHeader(String label) {
        return label + " (chi tiết)";
    }

    static byte[] write(Consultation c, List<RecipientStatus> rows, List<TaskColumn> tasks) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Theo dõi góp ý");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(c.title() + " (" + c.reference() + ")");
            title.getCell(0).setCellStyle(bold);
            StatusCounts n = Tracking.counts(rows);
            sheet.createRow(1).createCell(0).setCellValue("Hạn góp ý: " + Zones.dateTime(c.deadline())
                    + " · Đơn vị được lấy ý kiến: " + n.recipients() + " · Đã gửi: " + (n.submitted() + n.late())
                    + " · Chưa gửi: " + n.notAnswered());
            Row header = sheet.createRow(3);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            for (int t = 0; t < tasks.size(); t++) {
                int column = HEADERS.size() + 2 * t;
                header.createCell(column).setCellValue(tasks.get(t).label());
                header.createCell(column + 1).setCellValue(detailHeader(tasks.get(t).label()));
                header.getCell(column).setCellStyle(bold);
                header.getCell(column + 1).setCellStyle(bold);
                sheet.setColumnWidth(column, STATE_WIDTH * 256);
                sheet.setColumnWidth(column + 1, DETAIL_WIDTH * 256);
            }
            int r = 4;
            for (RecipientStatus s : rows) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 3);
                row.createCell(1).setCellValue(s.unit());
                row.createCell(2).setCellValue(s.unitName());
                row.createCell(3).setCellValue(s.groupName());
                row.createCell(4).setCellValue(Labels.status(s.status()));
                row.createCell(5).setCellValue(Labels.stance(s.stance()));
                row.createCell(6).setCellValue(s.comments());
                row.createCell(7).setCellValue(Zones.dateTime(s.submittedAt()));
                row.createCell(8).setCellValue(s.receipt() == null ? "" : s.receipt());
                row.createCell(9).setCellValue(s.late() ? "Có" : "");
                row.createCell(10).setCellValue(Zones.dateTime(s.deadline()));
                for (int t = 0; t < tasks.size(); t++) {
                    TaskProgress progress = tasks.get(t).progress().get(s.unit());
                    int column = HEADERS.size() + 2 * t;
                    row.createCell(column).setCellValue(progress == null ? ""
                            : Messages.get(Messages.VIETNAMESE, progress.stateKey()));
                    row.createCell(column + 1).setCellValue(progress == null ? "" : progress.detail());
                }
                r++;
            }
            sheet.createFreezePane(0, 4);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
