package vn.tochuc.danhgia.kernel;

import java.util.List;
import java.util.Locale;

/**
 * A failure of a use case that the caller can understand and act on.
 *
 * <p>It carries a message key rather than a text so that the REST layer and the screens can each show it in the
 * caller's language. Throwing it inside a transaction rolls the transaction back, so nothing is half-written.
 */
public class AppException extends RuntimeException {

    private final ErrorKind kind;
    private final String key;
    private final List<Object> args;
    private final List<FieldError> fieldErrors;

    public AppException(ErrorKind kind, String key, Object... args) {
        this(kind, key, List.of(args), List.of());
    }

    public AppException(ErrorKind kind, String key, List<Object> args, List<FieldError> fieldErrors) {
        super(key);
        this.kind = kind;
        this.key = key;
        this.args = List.copyOf(args);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static AppException invalid(List<FieldError> errors) {
        return new AppException(ErrorKind.INVALID, "error.validation", List.of(errors.size()), errors);
    }

    public static AppException notFound(String key, Object... args) {
        return new AppException(ErrorKind.NOT_FOUND, key, args);
    }

    public static AppException conflict(String key, Object... args) {
        return new AppException(ErrorKind.CONFLICT, key, args);
    }

    public static AppException forbidden(String key, Object... args) {
        return new AppException(ErrorKind.FORBIDDEN, key, args);
    }

    public ErrorKind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** The message in the given language, with every field error appended (for logs and plain-text UIs). */
    public String text(Locale locale) {
        return Messages.get(locale, key, args.toArray());
    }

    /** For logs: the Vietnamese text followed by every bad field and its message key. */
    @Override
    public String getMessage() {
        StringBuilder text = new StringBuilder(text(Messages.VIETNAMESE));
        fieldErrors.forEach(f -> text.append(" [").append(f.field()).append(": ").append(f.key())
                .append(f.args().isEmpty() ? "" : " " + f.args()).append(']'));
        return text.toString();
    }
}
