package vn.tochuc.danhgia.rating.internal;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.kernel.CanonicalJson;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.rating.CriterionChange;
import vn.tochuc.danhgia.rating.RuleSet;

/**
 * The appraiser's points per criterion with their reasons, as stored in {@code rt_appraisal.changes_json}. A point
 * that differs from the unit's own needs a reason, which the unit later sees.
 */
record Changes(Map<String, Entry> entries) {

    /** One criterion's appraised points and why. */
    record Entry(BigDecimal points, String reason) {}

    Changes {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** @throws vn.tochuc.danhgia.kernel.AppException INVALID naming each bad change */
    static Changes check(Frame frame, RuleSet rules, Scores self, List<CriterionChange> changes) {
        Checks checks = Checks.start();
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (CriterionChange c : changes) {
            String code = c == null || c.code() == null ? "" : c.code().strip();
            String field = "changes[" + code + "]";
            var criterion = frame.criterion(code);
            if (criterion.isEmpty()) {
                checks.when(true, field, "rating.error.criterion-unknown", code);
                continue;
            }
            BigDecimal value = c.points();
            BigDecimal max = criterion.get().max();
            String reason = c.reason() == null ? "" : c.reason().strip();
            checks.required(field + ".points", value).maxLength(field + ".reason", reason, 2000);
            if (value == null) {
                continue;
            }
            if (value.signum() < 0 || value.compareTo(max) > 0) {
                checks.when(true, field, "rating.error.points-range", code, Scoring.plain(max));
            } else if (value.remainder(rules.pointStep()).signum() != 0) {
                checks.when(true, field, "rating.error.points-step", code, Scoring.plain(rules.pointStep()));
            }
            BigDecimal own = self.points().get(code);
            checks.when(reason.isEmpty() && (own == null || own.compareTo(value) != 0), field + ".reason",
                    "rating.error.change-reason", code);
            entries.put(code, new Entry(value, reason));
        }
        checks.throwIfAny();
        return new Changes(entries);
    }

    /** The unit's points with the appraiser's changes applied. */
    Scores applied(Scores self) {
        Map<String, BigDecimal> points = new LinkedHashMap<>(self.points());
        entries.forEach((code, e) -> points.put(code, e.points()));
        return new Scores(points, self.targets(), self.collectiveComments(), self.collectiveProposedLevel());
    }

    String json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        entries.forEach((code, e) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("points", e.points());
            m.put("reason", e.reason());
            doc.put(code, m);
        });
        return CanonicalJson.write(doc);
    }

    static Changes read(String json) {
        JsonObject doc = Json.read(json);
        Map<String, Entry> entries = new LinkedHashMap<>();
        doc.keySet().forEach(code -> entries.put(code, new Entry(Json.number(doc.getJsonObject(code), "points"),
                Json.text(doc.getJsonObject(code), "reason"))));
        return new Changes(entries);
    }
}
