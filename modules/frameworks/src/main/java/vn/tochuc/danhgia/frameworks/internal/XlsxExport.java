package vn.tochuc.danhgia.frameworks.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tochuc.danhgia.criteria.CriterionNode;
import vn.tochuc.danhgia.frameworks.FrameworkRow;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * Every unit's frameworks of a year as a workbook with Vietnamese headers: one row per target, with the unit, the
 * subject, the person and the state; a subject with nothing submitted has one row without target. Values, points
 * and deadlines are real numbers and dates, so that the Board can sum and filter them.
 */
final class XlsxExport {

    static final List<String> HEADERS = List.of("Mã đơn vị", "Tên đơn vị", "Nhóm", "Đối tượng", "Họ và tên",
            "Chức vụ", "Lĩnh vực phụ trách", "Trạng thái", "Số lần nộp", "Khung tiêu chí", "Mã tiêu chí", "Tiêu chí",
            "STT chỉ tiêu", "Chỉ tiêu", "Chỉ số đo lường", "Giá trị chỉ tiêu", "Đơn vị tính", "Sản phẩm cụ thể",
            "Thời hạn", "Điểm");
    private static final int[] WIDTHS = {12, 36, 24, 22, 24, 24, 30, 16, 10, 22, 10, 40, 8, 48, 36, 12, 12, 40, 12, 8};

    private XlsxExport() {}

    static byte[] write(int year, List<ExportedFramework> frameworks) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Khung tiêu chí " + year);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int r = 1;
            for (ExportedFramework f : frameworks) {
                r = lines(sheet, r, f, date);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, HEADERS.size() - 1));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lines(Sheet sheet, int first, ExportedFramework f, CellStyle date) {
        int r = first;
        boolean any = false;
        for (Map.Entry<String, List<TargetRow>> e : f.targets().entrySet()) {
            String title = f.tree() == null ? "" : f.tree().criterion(e.getKey()).map(CriterionNode::title).orElse("");
            for (int i = 0; i < e.getValue().size(); i++) {
                Row row = subject(sheet.createRow(r++), f.row());
                target(row, e.getKey(), title, i, e.getValue().get(i), date);
                any = true;
            }
        }
        if (!any) {
            subject(sheet.createRow(r++), f.row());
        }
        return r;
    }

    private static Row subject(Row row, FrameworkRow s) {
        row.createCell(0).setCellValue(s.unitCode());
        row.createCell(1).setCellValue(s.unitName());
        row.createCell(2).setCellValue(s.groupName());
        row.createCell(3).setCellValue(Messages.get(Messages.VIETNAMESE, "frameworks.subject." + s.subjectType()));
        row.createCell(4).setCellValue(s.personName());
        row.createCell(5).setCellValue(s.personTitle());
        row.createCell(6).setCellValue(s.deputyField());
        row.createCell(7).setCellValue(Messages.get(Messages.VIETNAMESE, "frameworks.state." + s.state()));
        row.createCell(8).setCellValue(s.rounds());
        row.createCell(9).setCellValue(s.pluginId() == null ? "" : s.pluginId() + "@" + s.pluginVersion());
        return row;
    }

    private static void target(Row row, String code, String title, int index, TargetRow t, CellStyle date) {
        row.createCell(10).setCellValue(code);
        row.createCell(11).setCellValue(title);
        row.createCell(12).setCellValue(index + 1);
        row.createCell(13).setCellValue(t.title());
        row.createCell(14).setCellValue(t.indicator());
        if (t.targetValue() != null) {
            row.createCell(15).setCellValue(t.targetValue().doubleValue());
        }
        row.createCell(16).setCellValue(t.unit());
        row.createCell(17).setCellValue(t.output());
        if (t.deadline() != null) {
            row.createCell(18).setCellValue(t.deadline());
            row.getCell(18).setCellStyle(date);
        }
        if (t.points() != null) {
            row.createCell(19).setCellValue(t.points().doubleValue());
        }
    }
}
