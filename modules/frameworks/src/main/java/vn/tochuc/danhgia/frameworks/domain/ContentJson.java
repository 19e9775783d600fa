package vn.tochuc.danhgia.frameworks.domain;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.kernel.CanonicalJson;

/**
 * Targets as canonical JSON, the one form they are stored in: the unit's working copy
 * ({@code {"targets":{…}}}), each round's submitted content and the approved content (more members around the same
 * {@code "targets"}). A target is {@code {"deadline":"2026-11-30","indicator":…,"output":…,"points":17.5,
 * "targetValue":95,"title":…,"unit":"%"}}; absent values are {@code null}.
 */
public final class ContentJson {

    public static final String TARGETS = "targets";

    private ContentJson() {}

    /** The working copy document. */
    public static String draft(Map<String, List<TargetRow>> targets) {
        return CanonicalJson.write(Map.of(TARGETS, targetsValue(targets)));
    }

    /** The targets as JSON values: criterion code to a list of objects (criteria in the given order are sorted). */
    public static Map<String, Object> targetsValue(Map<String, List<TargetRow>> targets) {
        Map<String, Object> value = new LinkedHashMap<>();
        targets.forEach((code, list) -> value.put(code, list.stream().map(ContentJson::target).toList()));
        return value;
    }

    private static Map<String, Object> target(TargetRow t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", t.title());
        m.put("indicator", t.indicator());
        m.put("targetValue", t.targetValue());
        m.put("unit", t.unit());
        m.put("output", t.output());
        m.put("deadline", t.deadline() == null ? null : t.deadline().toString());
        m.put("points", t.points());
        return m;
    }

    /**
     * The {@code "targets"} member of any of the documents, criteria in the order of the given codes (the framework's
     * order) and then any others.
     */
    public static Map<String, List<TargetRow>> readTargets(String json, List<String> order) {
        JsonObject targets = read(json).getJsonObject(TARGETS);
        Map<String, List<TargetRow>> result = new LinkedHashMap<>();
        if (targets == null) {
            return result;
        }
        List<String> codes = new ArrayList<>(order.stream().filter(targets::containsKey).toList());
        targets.keySet().stream().filter(k -> !codes.contains(k)).forEach(codes::add);
        for (String code : codes) {
            List<TargetRow> rows = new ArrayList<>();
            for (JsonValue value : targets.getJsonArray(code)) {
                rows.add(target(value.asJsonObject()));
            }
            result.put(code, rows);
        }
        return result;
    }

    public static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static TargetRow target(JsonObject o) {
        String deadline = text(o, "deadline");
        return new TargetRow(text(o, "title"), text(o, "indicator"), number(o, "targetValue"), text(o, "unit"),
                text(o, "output"), deadline == null ? null : LocalDate.parse(deadline), number(o, "points"));
    }

    private static String text(JsonObject o, String key) {
        JsonValue value = o.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static BigDecimal number(JsonObject o, String key) {
        JsonValue value = o.get(key);
        return value instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }
}
