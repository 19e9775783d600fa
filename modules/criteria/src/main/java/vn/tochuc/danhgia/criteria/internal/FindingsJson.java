package vn.tochuc.danhgia.criteria.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.criteria.FindingView;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.spi.Severity;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.kernel.CanonicalJson;

/** A version's check report as stored JSON, in both languages. */
final class FindingsJson {

    private FindingsJson() {}

    static String write(List<Finding> findings) {
        if (findings == null || findings.isEmpty()) {
            return null;
        }
        return CanonicalJson.write(findings.stream().map(FindingsJson::map).toList());
    }

    static List<FindingView> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(FindingsJson::view).toList();
        }
    }

    private static Map<String, Object> map(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.code());
        m.put("severity", f.severity().name());
        m.put("subjectType", f.subject() == null ? null : f.subject().name());
        m.put("criterionCode", f.criterionCode());
        m.put("targetIndex", f.targetIndex());
        m.put("messageVi", f.messageVi());
        m.put("messageEn", f.messageEn());
        return m;
    }

    private static FindingView view(JsonObject o) {
        return new FindingView(o.getString("code"), Severity.valueOf(o.getString("severity")),
                o.isNull("subjectType") ? null : SubjectType.valueOf(o.getString("subjectType")),
                o.getString("criterionCode"), o.isNull("targetIndex") ? null : o.getInt("targetIndex"),
                o.getString("messageVi"), o.getString("messageEn"));
    }
}
