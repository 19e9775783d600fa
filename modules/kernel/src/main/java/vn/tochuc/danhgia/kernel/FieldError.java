package vn.tochuc.danhgia.kernel;

import java.util.List;

/**
 * One bad field of a request: the field's name as the client sent it, a message key and its arguments.
 *
 * @param field the JSON property (or form field) that is wrong, e.g. {@code name} or {@code rows[3].code}
 * @param key the message key in the bundles
 * @param args the values put into the message
 */
public record FieldError(String field, String key, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String key, Object... args) {
        return new FieldError(field, key, List.of(args));
    }
}
