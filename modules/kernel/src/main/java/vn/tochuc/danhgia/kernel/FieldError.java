package vn.tochuc.danhgia.kernel;

import java.util.List;

/**
 * One bad field of a request: the field's name as the client sent it, a message key and its arguments.
 *
 * @param field the JSON property (or form field) that is wrong, e.g. {@code name} or {@code rows[3].code}
 * @param key the message key in the bundles
 * @param args the values put into the message
 * @param code a stable code of the rule that failed (a check's finding code, such as a plugin's rule id), or
 *             {@code null} where the key says it all
 */
public record FieldError(String field, String key, List<Object> args, String code) {

    public FieldError {
        args = List.copyOf(args);
    }

    public FieldError(String field, String key, List<Object> args) {
        this(field, key, args, null);
    }

    /** The same error with the code of the rule that failed. */
    public FieldError withCode(String ruleCode) {
        return new FieldError(field, key, args, ruleCode);
    }

    public static FieldError of(String field, String key, Object... args) {
        return new FieldError(field, key, List.of(args));
    }
}
