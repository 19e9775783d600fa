package vn.tochuc.danhgia.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every bad field of one request before failing, so the caller can fix them all at once.
 *
 * <pre>{@code
 * Checks.start().required("name", name).maxLength("name", name, 255).throwIfAny();
 * }</pre>
 */
public final class Checks {

    private final List<FieldError> errors = new ArrayList<>();

    private Checks() {}

    public static Checks start() {
        return new Checks();
    }

    public Checks required(String field, Object value) {
        boolean blank = value == null || (value instanceof String s && s.isBlank());
        return when(blank, field, "error.field.required");
    }

    public Checks maxLength(String field, String value, int max) {
        return when(value != null && value.length() > max, field, "error.field.too-long", max);
    }

    public Checks matches(String field, String value, Pattern pattern, String key) {
        return when(value != null && !value.isBlank() && !pattern.matcher(value).matches(), field, key);
    }

    public Checks when(boolean bad, String field, String key, Object... args) {
        if (bad) {
            errors.add(FieldError.of(field, key, args));
        }
        return this;
    }

    public Checks add(FieldError error) {
        errors.add(error);
        return this;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw AppException.invalid(errors);
        }
    }
}
