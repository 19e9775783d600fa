package vn.tochuc.danhgia.units.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.units.ImportRow;
import vn.tochuc.danhgia.units.domain.RawRow;

class UnitFileReaderTest {

    @Test
    void readsTheProvinceFixtureWithQuotedNamesAndDiacritics() throws IOException {
        ParsedFile file = UnitFileReader.read("don-vi.csv", fixture("don-vi-quang-ngai.csv"));

        assertEquals(List.of(), file.problems());
        assertEquals(50, file.rows().size());
        RawRow culture = file.rows().stream().filter(r -> r.code().equals("SVHTTDL")).findFirst().orElseThrow();
        assertEquals("Sở Văn hóa, Thể thao và Du lịch", culture.name());
        assertEquals("BCSD-UBND", culture.parentCode());
        assertEquals(2, file.rows().get(0).line());
    }

    @Test
    void refusesACsvThatIsNotUtf8() {
        ParsedFile file = UnitFileReader.read("x.csv", "code,name,group,parent_code\nSYT,S\u1edf Y t\u00e9,SO_NGANH,\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1258")));
        assertEquals("units.import.not-utf8", file.problems().get(0).key());
        assertTrue(file.rows().isEmpty());
    }

    @Test
    void refusesAWrongHeaderNamingTheExpectedOne() {
        ParsedFile file = UnitFileReader.read("x.csv", "ma,ten\nSTC,Sở Tài chính\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("units.import.header", file.problems().get(0).key());
        assertEquals(List.of("code,name,group,parent_code", "ma,ten"), file.problems().get(0).args());
    }

    @Test
    void refusesAFileNamedXlsxThatIsNotASpreadsheet() {
        ParsedFile file = UnitFileReader.read("don-vi.xlsx", "code,name\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("units.import.not-xlsx", file.problems().get(0).key());
    }

    @Test
    void readsAnXlsxWorkbookWithLineNumbers() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Đơn vị");
            String[][] rows = {{"code", "name", "group", "parent_code"}, {"STC", "Sở Tài chính", "SO_NGANH", "TU"},
                {}, {"SYT", "Sở Y tế", "SO_NGANH", ""}};
            for (int i = 0; i < rows.length; i++) {
                XSSFRow row = sheet.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    row.createCell(c).setCellValue(rows[i][c]);
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        ParsedFile file = UnitFileReader.read("don-vi.xlsx", xlsx);

        assertEquals(List.of(), file.problems());
        assertEquals(List.of(2, 4), file.rows().stream().map(RawRow::line).toList());
        assertEquals("Sở Y tế", file.rows().get(1).name());
    }

    @Test
    void ordersImportedRowsParentsFirst() {
        List<ImportRow> ordered = UnitImporter.inParentOrder(List.of(
                new ImportRow(2, "C", "c", "G", "B", null),
                new ImportRow(3, "B", "b", "G", "A", null),
                new ImportRow(4, "A", "a", "G", null, null)));
        assertEquals(List.of("A", "B", "C"), ordered.stream().map(ImportRow::code).toList());
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = UnitFileReaderTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }
}
