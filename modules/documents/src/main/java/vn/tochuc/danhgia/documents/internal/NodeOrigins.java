package vn.tochuc.danhgia.documents.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stored lineage of a version's nodes ({@code document_version.node_origins}): path → the node's path in the
 * version it was revised from, as a JSON object in path order. A node without an origin (an uploaded version, a node
 * added by an edit) is left out, so {@link #read} answers null for it like for any unknown path.
 */
final class NodeOrigins {

    private NodeOrigins() {}

    static String write(Map<String, String> origins) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        new TreeMap<>(origins).forEach((path, origin) -> {
            if (origin != null) {
                object.add(path, origin);
            }
        });
        return object.build().toString();
    }

    static Map<String, String> read(String json) {
        Map<String, String> out = new HashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            object = reader.readObject();
        }
        object.forEach((path, origin) -> {
            if (origin.getValueType() == JsonValue.ValueType.STRING) {
                out.put(path, object.getString(path));
            }
        });
        return out;
    }
}
