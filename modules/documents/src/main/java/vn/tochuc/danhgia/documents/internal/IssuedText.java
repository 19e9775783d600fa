package vn.tochuc.danhgia.documents.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tochuc.danhgia.documents.Annex;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.Table;

/**
 * The final text of an issued version: no draft marker, and the number and date typed into the places a draft leaves
 * blank ("Số       -QĐ/TU", "ngày    tháng    năm 2023", "(Kèm theo Quy định số       -QĐ/TU …)"). Pure.
 */
final class IssuedText {

    private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\b.*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DATE = Pattern.compile("ngày\\s+[\\d.…_ ]*tháng\\s+[\\d.…_ ]*năm\\s*[\\d.…_]*");
    private static final Pattern ANNEX_NUMBER = Pattern.compile("(số)\\s*[.…_ ]*-[^\\s)]+");

    private IssuedText() {}

    static Outline apply(Outline o, String number, LocalDate date) {
        Table header = new Table(o.header().rows().stream().map(row -> row.stream()
                .map(cell -> cell(cell, number, date)).toList()).toList());
        List<Annex> annexes = o.annexes().stream().map(a -> new Annex(a.path(), a.label(), a.number(), a.heading(),
                a.title(), a.titleLines().stream().map(line -> annexLine(line, number)).toList(), a.body())).toList();
        return new Outline(header, "", o.titleLines(), o.recitals(), o.enactingLine(), o.chapters(), o.articles(),
                o.closing(), annexes);
    }

    private static String cell(String cell, String number, LocalDate date) {
        String[] lines = cell.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (NUMBER_LINE.matcher(line).matches()) {
                lines[i] = "Số " + number;
            } else {
                lines[i] = DATE.matcher(lines[i]).replaceFirst(Matcher.quoteReplacement(dateWords(date)));
            }
        }
        return String.join("\n", lines);
    }

    private static String annexLine(String line, String number) {
        return ANNEX_NUMBER.matcher(line).replaceFirst(Matcher.quoteReplacement("số " + number));
    }

    /**
     * "ngày 05 tháng 02 năm 2024": days below 10 and the months January and February take a leading zero, as the
     * rules for administrative texts require (Nghị định 30/2020/NĐ-CP).
     */
    static String dateWords(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
