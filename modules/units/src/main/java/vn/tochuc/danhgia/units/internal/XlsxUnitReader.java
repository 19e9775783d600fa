package vn.tochuc.danhgia.units.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tochuc.danhgia.units.domain.RawRow;

/** Reads the first sheet of an XLSX workbook; the first row is the header. Cells are read as displayed. */
final class XlsxUnitReader {

    private XlsxUnitReader() {}

    static ParsedFile read(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return ParsedFile.failed("units.import.empty");
            }
            return read(workbook.getSheetAt(0));
        } catch (Exception | LinkageError e) {
            // POI reports a file that is not a workbook through many exception types; all mean the same to a user.
            return ParsedFile.failed("units.import.not-xlsx");
        }
    }

    private static ParsedFile read(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header == null) {
            return ParsedFile.failed("units.import.empty");
        }
        ParsedFile bad = UnitFileReader.checkHeader(cells(header, formatter));
        if (bad != null) {
            return bad;
        }
        if (sheet.getLastRowNum() - header.getRowNum() > UnitFileReader.MAX_ROWS) {
            return ParsedFile.failed("units.import.too-many-rows", UnitFileReader.MAX_ROWS);
        }
        List<RawRow> rows = new ArrayList<>();
        for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row == null) {
                continue;
            }
            List<String> cells = cells(row, formatter);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(UnitFileReader.row(i + 1, cells));
        }
        return new ParsedFile(rows, List.of());
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return cells;
    }
}
