package vn.tochuc.danhgia.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** A result table written as Markdown (for docs/performance.md) and CSV (for spreadsheets), and printed. */
final class Results {

    private final String name;
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Results(String name, List<String> headers) {
        this.name = name;
        this.headers = headers;
    }

    Results row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell instanceof Double d ? String.format(java.util.Locale.ROOT, "%.1f", d) : String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    Results note(String text) {
        notes.add(text);
        return this;
    }

    /** Writes {@code bench/results/<name>-<time>.md|.csv} and prints the Markdown. */
    void write(Path dir) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        StringBuilder md = new StringBuilder("### " + name + "\n\n").append(Machine.describe()).append("\n\n");
        md.append("| ").append(String.join(" | ", headers)).append(" |\n|");
        headers.forEach(h -> md.append("---|"));
        md.append('\n');
        rows.forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
        notes.forEach(n -> md.append("\n").append(n).append('\n'));
        StringBuilder csv = new StringBuilder(String.join(",", headers)).append('\n');
        rows.forEach(r -> csv.append(String.join(",", r.stream().map(Results::csvCell).toList())).append('\n'));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + "-" + stamp + ".md"), md, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(name + "-" + stamp + ".csv"), csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(md);
    }

    private static String csvCell(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
