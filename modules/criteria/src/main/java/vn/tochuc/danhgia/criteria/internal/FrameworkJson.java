package vn.tochuc.danhgia.criteria.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.criteria.ConcretizationRuleView;
import vn.tochuc.danhgia.criteria.CriterionNode;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.TargetField;
import vn.tochuc.danhgia.kernel.CanonicalJson;

/**
 * Frameworks as canonical JSON (see {@link CanonicalJson}) and back. The JSON of a framework is written once, when its
 * plugin version is installed; a snapshot wraps it with the plugin id and version.
 */
final class FrameworkJson {

    private FrameworkJson() {}

    static String write(FrameworkTree tree) {
        return CanonicalJson.write(map(tree));
    }

    /** The snapshot document: the framework with the plugin id and version it came from. */
    static String snapshot(String pluginId, String version, FrameworkTree tree) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("pluginId", pluginId);
        doc.put("pluginVersion", version);
        doc.put("framework", map(tree));
        return CanonicalJson.write(doc);
    }

    static FrameworkTree read(String json) {
        return tree(parse(json));
    }

    /** The framework inside a snapshot document. */
    static FrameworkTree readSnapshot(String json) {
        return tree(parse(json).getJsonObject("framework"));
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static Map<String, Object> map(FrameworkTree tree) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subjectType", tree.subjectType().name());
        m.put("title", tree.title());
        m.put("totalPoints", tree.totalPoints());
        m.put("groups", tree.groups().stream().map(FrameworkJson::map).toList());
        return m;
    }

    private static Map<String, Object> map(CriterionNode node) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", node.code());
        m.put("title", node.title());
        m.put("maxPoints", node.maxPoints());
        m.put("guidance", node.guidance());
        m.put("evidence", node.evidence());
        m.put("concretization", node.concretization() == null ? null : map(node.concretization()));
        m.put("children", node.children().stream().map(FrameworkJson::map).toList());
        return m;
    }

    private static Map<String, Object> map(ConcretizationRuleView rule) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("minTargets", rule.minTargets());
        m.put("maxTargets", rule.maxTargets());
        m.put("pointsSum", rule.pointsSum());
        m.put("requiredFields", rule.requiredFields().stream().map(Enum::name).toList());
        m.put("guidance", rule.guidance());
        return m;
    }

    private static FrameworkTree tree(JsonObject o) {
        return new FrameworkTree(SubjectType.valueOf(o.getString("subjectType")), o.getString("title"),
                o.getJsonNumber("totalPoints").bigDecimalValue(), nodes(o, "groups"));
    }

    private static List<CriterionNode> nodes(JsonObject o, String name) {
        List<CriterionNode> nodes = new ArrayList<>();
        o.getJsonArray(name).getValuesAs(JsonObject.class).forEach(n -> nodes.add(node(n)));
        return nodes;
    }

    private static CriterionNode node(JsonObject o) {
        JsonValue rule = o.get("concretization");
        return new CriterionNode(o.getString("code"), o.getString("title"), number(o, "maxPoints"),
                o.getString("guidance"), strings(o, "evidence"),
                rule == null || rule.getValueType() == JsonValue.ValueType.NULL ? null : rule((JsonObject) rule),
                nodes(o, "children"));
    }

    private static ConcretizationRuleView rule(JsonObject o) {
        List<TargetField> fields = strings(o, "requiredFields").stream().map(TargetField::valueOf).toList();
        return new ConcretizationRuleView(o.getInt("minTargets"), o.getInt("maxTargets"), number(o, "pointsSum"),
                fields, o.getString("guidance"));
    }

    private static BigDecimal number(JsonObject o, String name) {
        return o.getJsonNumber(name).bigDecimalValue();
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }
}
