package vn.tochuc.danhgia.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * An audit summary written as a bundle key and its arguments, so that the audit screen shows it in the reader's
 * language; the log keeps its Vietnamese text as well, for the REST answer and for entries without a key.
 *
 * <p>The arguments are stored as text: a caller formats numbers, dates and ids as it wants them read, in any
 * language. The exception is a {@link Messages.Key} (a subject type, a decision), which is stored as a key and shown
 * in the reader's language too. A pattern with arguments is a {@link java.text.MessageFormat}: {@code ''} for an
 * apostrophe.
 *
 * @param key the bundle key, e.g. {@code units.audit.import}
 * @param args the arguments: strings and {@link Messages.Key}s
 */
public record AuditSummary(String key, List<Object> args) {

    public AuditSummary {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : args.stream().map(AuditSummary::stored).toList();
    }

    public static AuditSummary of(String key, Object... args) {
        return new AuditSummary(key, Arrays.asList(args));
    }

    private static Object stored(Object arg) {
        return arg instanceof Messages.Key ? arg : String.valueOf(arg);
    }

    /** The text in the given language (Vietnamese where the bundle of that language lacks the key). */
    public String text(Locale locale) {
        return Messages.get(locale, key, args.toArray());
    }

    /** The arguments as a JSON array: a string each, or {@code {"key": …}} for a key. */
    public String argsJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object arg : args) {
            if (arg instanceof Messages.Key k) {
                array.add(Json.createObjectBuilder().add("key", k.key()));
            } else {
                array.add((String) arg);
            }
        }
        return array.build().toString();
    }

    /**
     * The summary stored as {@code key} and {@link #argsJson()}, or null when there is no key (an entry written as
     * plain text, or before summaries had keys) or the arguments cannot be read: the stored text is shown then.
     */
    public static AuditSummary read(String key, String argsJson) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (argsJson == null || argsJson.isBlank()) {
            return new AuditSummary(key, List.of());
        }
        try (var reader = Json.createReader(new StringReader(argsJson))) {
            JsonArray array = reader.readArray();
            List<Object> args = new ArrayList<>();
            for (JsonValue value : array) {
                args.add(value instanceof JsonObject o ? Messages.key(o.getString("key"))
                        : value instanceof JsonString s ? s.getString() : value.toString());
            }
            return new AuditSummary(key, args);
        } catch (JsonException | ClassCastException | NullPointerException e) {
            return null;
        }
    }
}
