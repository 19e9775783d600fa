package vn.tochuc.danhgia.units.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.units.ImportProblem;
import vn.tochuc.danhgia.units.domain.RawRow;

/**
 * Reads a UTF-8 CSV file (RFC 4180: commas, double quotes, quotes doubled inside quotes). A file in another encoding
 * is refused rather than guessed, because a wrongly decoded Vietnamese name would be imported as garbage.
 */
final class CsvUnitReader {

    private CsvUnitReader() {}

    static ParsedFile read(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return ParsedFile.failed("units.import.not-utf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String problem = parse(text, records, lines);
        if (problem != null) {
            return ParsedFile.failed(problem);
        }
        if (records.isEmpty()) {
            return ParsedFile.failed("units.import.empty");
        }
        ParsedFile header = UnitFileReader.checkHeader(records.get(0));
        if (header != null) {
            return header;
        }
        List<RawRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (cells.size() > UnitFileReader.HEADER.size()) {
                problems.add(ImportProblem.of(lines.get(i), "", "units.import.columns", cells.size(),
                        UnitFileReader.HEADER.size()));
            }
            rows.add(UnitFileReader.row(lines.get(i), cells));
        }
        if (rows.size() > UnitFileReader.MAX_ROWS) {
            return ParsedFile.failed("units.import.too-many-rows", UnitFileReader.MAX_ROWS);
        }
        return new ParsedFile(rows, problems);
    }

    /** Splits the text into records; fills {@code lines} with each record's first line number. */
    private static String parse(String text, List<List<String>> records, List<Integer> lines) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                records.add(cells);
                lines.add(recordLine);
                cells = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return "units.import.unclosed-quote";
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(cells);
            lines.add(recordLine);
        }
        return null;
    }
}
