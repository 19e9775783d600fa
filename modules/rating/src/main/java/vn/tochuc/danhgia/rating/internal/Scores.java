package vn.tochuc.danhgia.rating.internal;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import vn.tochuc.danhgia.kernel.CanonicalJson;
import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.TargetOutcome;

/**
 * What a unit entered in a self-assessment, as stored in {@code rt_self_assessment.scores_json}: points by criterion
 * code, per target (criterion code, index) the achieved value, output and outcome, and for an individual the
 * collective's comments and proposed level.
 */
record Scores(Map<String, BigDecimal> points, Map<String, Map<Integer, Entry>> targets, String collectiveComments,
        Level collectiveProposedLevel) {

    /** One target's declaration. */
    record Entry(BigDecimal achieved, String output, TargetOutcome outcome) {}

    static final Scores EMPTY = new Scores(Map.of(), Map.of(), "", null);

    Scores {
        points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        collectiveComments = collectiveComments == null ? "" : collectiveComments;
    }

    Entry entry(String code, int index) {
        return targets.getOrDefault(code, Map.of()).get(index);
    }

    String json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("points", new LinkedHashMap<String, Object>(points));
        Map<String, Object> t = new LinkedHashMap<>();
        targets.forEach((code, byIndex) -> {
            Map<String, Object> rows = new LinkedHashMap<>();
            new TreeMap<>(byIndex).forEach((index, e) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("achieved", e.achieved());
                m.put("output", e.output());
                m.put("outcome", e.outcome() == null ? null : e.outcome().name());
                rows.put(Integer.toString(index), m);
            });
            t.put(code, rows);
        });
        doc.put("targets", t);
        doc.put("collectiveComments", collectiveComments);
        doc.put("collectiveProposedLevel", collectiveProposedLevel == null ? null : collectiveProposedLevel.name());
        return CanonicalJson.write(doc);
    }

    static Scores read(String json) {
        JsonObject doc = Json.read(json);
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        JsonObject p = doc.getJsonObject("points");
        if (p != null) {
            p.keySet().forEach(code -> points.put(code, Json.number(p, code)));
        }
        Map<String, Map<Integer, Entry>> targets = new LinkedHashMap<>();
        JsonObject t = doc.getJsonObject("targets");
        if (t != null) {
            for (String code : t.keySet()) {
                JsonObject rows = t.getJsonObject(code);
                Map<Integer, Entry> byIndex = new LinkedHashMap<>();
                for (String index : rows.keySet()) {
                    JsonObject o = rows.getJsonObject(index);
                    String outcome = Json.text(o, "outcome");
                    byIndex.put(Integer.parseInt(index), new Entry(Json.number(o, "achieved"), Json.text(o, "output"),
                            outcome == null ? null : TargetOutcome.valueOf(outcome)));
                }
                targets.put(code, byIndex);
            }
        }
        String level = Json.text(doc, "collectiveProposedLevel");
        return new Scores(points, targets, Json.text(doc, "collectiveComments"),
                level == null ? null : Level.valueOf(level));
    }
}
