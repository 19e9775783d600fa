package vn.tochuc.danhgia.consolidation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tochuc.danhgia.consolidation.ConsolidationReport;
import vn.tochuc.danhgia.consolidation.ReportRow;
import vn.tochuc.danhgia.consolidation.ReportSummary;

/**
 * The report's table as a workbook: the same rows and the same five columns as the .docx, then the decision's code,
 * its state and the comment ids (for filtering), and a second sheet with the units that did not answer. Written with
 * SXSSF (100 rows in memory), so its memory does not grow with the number of rows.
 */
public final class ReportXlsx {

    /** The rows the table starts at (0-based): title, summary, a blank line, the headers. */
    static final int HEADER_ROW = 3;
    private static final String[] EXTRA = {"Quyết định", "Trạng thái", "Mã ý kiến"};
    private static final int[] WIDTHS = {6, 22, 60, 30, 50, 14, 12, 16};

    private ReportXlsx() {}

    public static byte[] write(ConsolidationReport report) {
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = style(book, true, false);
            CellStyle wrap = style(book, false, true);
            Sheet sheet = book.createSheet("Tổng hợp ý kiến");
            cell(sheet.createRow(0), 0, "BÁO CÁO " + report.subject(), bold);
            ReportSummary s = report.summary();
            cell(sheet.createRow(1), 0, "Đơn vị được xin ý kiến: " + s.asked() + " · Đã gửi: " + s.answered()
                    + " (gửi muộn " + s.late() + ") · Thống nhất: " + s.agreed() + " · Có ý kiến: " + s.withComments()
                    + " · Không phản hồi: " + s.notAnswered() + " · Số ý kiến: " + s.comments(), null);
            Row header = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < WIDTHS.length; c++) {
                cell(header, c, c < ReportText.HEADERS.length ? ReportText.HEADERS[c]
                        : EXTRA[c - ReportText.HEADERS.length], bold);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = HEADER_ROW + 1;
            for (ReportRow row : report.rows()) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.number());
                cell(x, 1, row.provision(), wrap);
                cell(x, 2, row.content(), wrap);
                cell(x, 3, row.unitNames(), wrap);
                cell(x, 4, ReportText.column(row), wrap);
                cell(x, 5, row.decision() == null ? "" : row.decision().name(), null);
                cell(x, 6, row.state() == null ? "" : row.state().name(), null);
                cell(x, 7, String.join(", ", row.commentIds().stream().map(String::valueOf).toList()), null);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            Sheet silent = book.createSheet("Đơn vị không phản hồi");
            cell(silent.createRow(0), 0, "STT", bold);
            cell(silent.getRow(0), 1, "Cơ quan, đơn vị", bold);
            silent.setColumnWidth(1, 60 * 256);
            for (int i = 0; i < report.notAnswered().size(); i++) {
                Row x = silent.createRow(i + 1);
                x.createCell(0).setCellValue(i + 1);
                cell(x, 1, report.notAnswered().get(i), null);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
            try {
                book.close();
            } catch (IOException e) {
                // the temporary files are gone with dispose(); nothing else to release
            }
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        String value = text == null ? "" : text;
        // A cell holds at most 32,767 characters; Excel refuses the file otherwise.
        cell.setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) + "…" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static CellStyle style(SXSSFWorkbook book, boolean bold, boolean wrap) {
        CellStyle style = book.createCellStyle();
        Font font = book.createFont();
        font.setFontName(ReportLayout.FONT);
        font.setFontHeightInPoints((short) 12);
        font.setBold(bold);
        style.setFont(font);
        style.setWrapText(wrap);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
