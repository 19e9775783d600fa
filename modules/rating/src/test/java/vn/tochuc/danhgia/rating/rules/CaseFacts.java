package vn.tochuc.danhgia.rating.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tochuc.danhgia.rating.CriterionScore;
import vn.tochuc.danhgia.rating.DisciplineRecord;
import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.RatingFacts;
import vn.tochuc.danhgia.rating.SubjectKind;
import vn.tochuc.danhgia.rating.TargetOutcome;

/**
 * Reads one row of a case table (src/test/resources/rules/*.csv) into facts. "-" is "none" in every column.
 * <ul>
 * <li>points: the total, split into a general criterion (up to 30 of 30) and a task-result one (the rest, of 70);</li>
 * <li>targets: counts per outcome, {@code D5E3L1M0} = 5 done, 3 exceeded, 1 late, 0 missed;</li>
 * <li>discipline: {@code form[+duty][+self][+weighed]}, several separated by {@code ;};</li>
 * <li>facts: space-separated {@code subs=all/disciplined}, {@code lcd} (leadership collective disciplined),
 *     {@code ledPct=49.75}, {@code disunity}, {@code short=all/fixed}, {@code ledUnits=all/khtnv},
 *     {@code votes=cast/low}, {@code ledTargets=D5E1L0M0}, {@code collective=HTTNV}, {@code fm} (force majeure),
 *     {@code se} (socio-economic targets missed), {@code subCorr=form[+self]} (an underscore for a space in the
 *     form).</li>
 * </ul>
 */
final class CaseFacts {

    private static final Pattern COUNT = Pattern.compile("([DELM])(\\d+)");
    static final String WEIGHED_REASON = "Tự phát hiện, khắc phục kịp thời";

    private CaseFacts() {}

    static RatingFacts read(String kind, String points, String targets, String discipline, String facts) {
        RatingFacts.Builder b = RatingFacts.builder(SubjectKind.valueOf(kind));
        BigDecimal total = new BigDecimal(points);
        BigDecimal general = total.min(BigDecimal.valueOf(30));
        b.criterion(new CriterionScore("G", general, BigDecimal.valueOf(30), false));
        b.criterion(new CriterionScore("T", total.subtract(general), BigDecimal.valueOf(70), true));
        outcomes(targets, b::target);
        for (String entry : items(discipline, ";")) {
            b.discipline(record(entry));
        }
        for (String fact : items(facts, " ")) {
            fact(b, fact);
        }
        return b.build();
    }

    static List<String> items(String column, String separator) {
        if (column == null || column.isBlank() || column.strip().equals("-")) {
            return List.of();
        }
        return Arrays.stream(column.strip().split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void outcomes(String counts, Consumer<TargetOutcome> sink) {
        if (items(counts, " ").isEmpty()) {
            return;
        }
        Matcher m = COUNT.matcher(counts.strip());
        int end = 0;
        while (m.find() && m.start() == end) {
            TargetOutcome outcome = switch (m.group(1)) {
                case "D" -> TargetOutcome.DONE;
                case "E" -> TargetOutcome.EXCEEDED;
                case "L" -> TargetOutcome.LATE;
                default -> TargetOutcome.MISSED;
            };
            for (int i = Integer.parseInt(m.group(2)); i > 0; i--) {
                sink.accept(outcome);
            }
            end = m.end();
        }
        if (end != counts.strip().length()) {
            throw new IllegalArgumentException("Not a target count: " + counts);
        }
    }

    private static DisciplineRecord record(String entry) {
        List<String> parts = List.of(entry.split("\\+"));
        String form = parts.get(0).replace('_', ' ').strip();
        return new DisciplineRecord(form, null, parts.contains("self"), parts.contains("duty"),
                parts.contains("weighed") ? WEIGHED_REASON : null);
    }

    private static void fact(RatingFacts.Builder b, String fact) {
        String[] kv = fact.split("=", 2);
        String value = kv.length > 1 ? kv[1] : "";
        switch (kv[0]) {
            case "subs" -> b.subordinateUnits(first(value), second(value));
            case "lcd" -> b.leadershipCollectiveDisciplined(true);
            case "ledPct" -> b.ledUnitsTargetsMetPercent(new BigDecimal(value));
            case "disunity" -> b.disunityOrDegradation(true);
            case "short" -> b.earlierShortcomings(first(value), second(value));
            case "ledUnits" -> b.ledUnits(first(value), second(value));
            case "votes" -> b.confidenceVotes(first(value), second(value));
            case "ledTargets" -> outcomes(value, b::ledUnitTarget);
            case "collective" -> b.headedCollectiveLevel(Level.valueOf(value));
            case "fm" -> b.targetsForceMajeure(true);
            case "se" -> b.socioEconomicTargetsMissed(true);
            case "subCorr" -> b.subordinateCorruptionDiscipline(record(value));
            default -> throw new IllegalArgumentException("Unknown fact: " + fact);
        }
    }

    private static int first(String pair) {
        return Integer.parseInt(pair.split("/")[0]);
    }

    private static int second(String pair) {
        return Integer.parseInt(pair.split("/")[1]);
    }
}
