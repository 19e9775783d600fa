package vn.tochuc.danhgia.rating.internal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;

/** Reading the module's stored JSON documents. */
final class Json {

    private Json() {}

    static JsonObject read(String json) {
        try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static String text(JsonObject o, String key) {
        JsonValue value = o.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }

    static BigDecimal number(JsonObject o, String key) {
        JsonValue value = o.get(key);
        return value instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }
}
