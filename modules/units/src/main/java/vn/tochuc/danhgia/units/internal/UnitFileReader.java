package vn.tochuc.danhgia.units.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.tochuc.danhgia.units.domain.RawRow;

/**
 * Reads an import file as CSV or XLSX, chosen by its content (an XLSX is a ZIP) and its name. Both formats have
 * the header {@value #HEADER_TEXT}, the same as {@code don-vi-quang-ngai.csv}.
 */
final class UnitFileReader {

    static final List<String> HEADER = List.of("code", "name", "group", "parent_code");
    static final String HEADER_TEXT = "code,name,group,parent_code";
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 5000;

    private UnitFileReader() {}

    static ParsedFile read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return ParsedFile.failed("units.import.empty");
        }
        if (content.length > MAX_BYTES) {
            return ParsedFile.failed("units.import.too-large", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        if (name.endsWith(".xlsx") || zip) {
            return XlsxUnitReader.read(content);
        }
        if (name.endsWith(".xls")) {
            return ParsedFile.failed("units.import.not-xlsx");
        }
        return CsvUnitReader.read(content);
    }

    /** Checks the header row; returns null when it is right, else the problem. */
    static ParsedFile checkHeader(List<String> cells) {
        List<String> found = cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toList());
        while (!found.isEmpty() && found.get(found.size() - 1).isEmpty()) {
            found.remove(found.size() - 1);
        }
        if (found.equals(HEADER)) {
            return null;
        }
        return ParsedFile.failed("units.import.header", HEADER_TEXT, String.join(",", found));
    }

    static RawRow row(int line, List<String> cells) {
        return new RawRow(line, cell(cells, 0), cell(cells, 1), cell(cells, 2), cell(cells, 3));
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : null;
    }
}
