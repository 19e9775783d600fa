package vn.tochuc.danhgia.rating.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.danhgia.criteria.CriterionNode;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.kernel.CanonicalJson;

/**
 * What a subject is rated against, frozen at opening from its approved framework: the scored criteria (the leaves of
 * the framework's tree; task results are those under a concretized node) and the approved targets. Stored as
 * canonical JSON in {@code rt_subject.frame_json}.
 */
record Frame(List<Criterion> criteria, Map<String, List<TargetRow>> targets) {

    /** A scored criterion. */
    record Criterion(String code, String title, BigDecimal max, boolean taskResult) {}

    Frame {
        criteria = List.copyOf(criteria);
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    static Frame of(FrameworkTree tree, Map<String, List<TargetRow>> targets) {
        List<Criterion> criteria = new ArrayList<>();
        for (CriterionNode group : tree.groups()) {
            collect(group, false, criteria);
        }
        return new Frame(criteria, new LinkedHashMap<>(targets));
    }

    private static void collect(CriterionNode node, boolean underTask, List<Criterion> out) {
        boolean task = underTask || node.concretization() != null;
        if (node.leaf()) {
            out.add(new Criterion(node.code(), node.title(), node.maxPoints(), task));
        }
        node.children().forEach(child -> collect(child, task, out));
    }

    Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    List<TargetRow> targetsOf(String code) {
        return targets.getOrDefault(code, List.of());
    }

    BigDecimal max() {
        return criteria.stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Criterion codes with targets, in the order stored. */
    List<String> targetCriteria() {
        return criteria.stream().map(Criterion::code).filter(targets::containsKey).toList();
    }

    String json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("criteria", criteria.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", c.code());
            m.put("title", c.title());
            m.put("max", c.max());
            m.put("taskResult", c.taskResult());
            return m;
        }).toList());
        Map<String, Object> t = new LinkedHashMap<>();
        targets.forEach((code, rows) -> t.put(code, rows.stream().map(Frame::target).toList()));
        doc.put("targets", t);
        return CanonicalJson.write(doc);
    }

    private static Map<String, Object> target(TargetRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.title());
        m.put("indicator", r.indicator());
        m.put("targetValue", r.targetValue());
        m.put("unit", r.unit());
        m.put("output", r.output());
        m.put("deadline", r.deadline() == null ? null : r.deadline().toString());
        m.put("points", r.points());
        return m;
    }

    static Frame read(String json) {
        JsonObject doc = Json.read(json);
        List<Criterion> criteria = new ArrayList<>();
        for (JsonValue v : doc.getJsonArray("criteria")) {
            JsonObject c = v.asJsonObject();
            criteria.add(new Criterion(c.getString("code"), c.getString("title"), Json.number(c, "max"),
                    c.getBoolean("taskResult")));
        }
        Map<String, List<TargetRow>> targets = new LinkedHashMap<>();
        JsonObject t = doc.getJsonObject("targets");
        for (String code : t.keySet()) {
            List<TargetRow> rows = new ArrayList<>();
            for (JsonValue v : t.getJsonArray(code)) {
                JsonObject o = v.asJsonObject();
                String deadline = Json.text(o, "deadline");
                rows.add(new TargetRow(Json.text(o, "title"), Json.text(o, "indicator"), Json.number(o, "targetValue"),
                        Json.text(o, "unit"), Json.text(o, "output"), deadline == null ? null : LocalDate.parse(deadline),
                        Json.number(o, "points")));
            }
            targets.put(code, rows);
        }
        return new Frame(criteria, targets);
    }
}
