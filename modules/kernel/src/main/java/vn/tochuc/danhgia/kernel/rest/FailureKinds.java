package vn.tochuc.danhgia.kernel.rest;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;

/**
 * Recognises the failures that are not bugs: bad JSON, lost updates, duplicates and an unreachable database.
 *
 * <p>It matches on JDBC types and on class names rather than on EclipseLink or Yasson types, so the kernel does not
 * depend on a provider.
 */
final class FailureKinds {

    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("(?:Json property|[Uu]nknown propert[^:]*:?)\\s*\\[?([\\w.]+)");
    private static final int MAX_DEPTH = 20;

    private FailureKinds() {}

    static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current.getCause();
        }
        return null;
    }

    static AppException classify(Throwable thrown) {
        Throwable json = json(thrown);
        if (json != null) {
            return jsonProblem(json);
        }
        if (hasClass(thrown, "OptimisticLockException")) {
            return AppException.conflict("error.conflict.concurrent");
        }
        if (find(thrown, SQLIntegrityConstraintViolationException.class) != null
                || hasClass(thrown, "EntityExistsException")) {
            return AppException.conflict("error.conflict.duplicate");
        }
        if (databaseDown(thrown)) {
            return new AppException(ErrorKind.UNAVAILABLE, "error.database.unavailable");
        }
        return null;
    }

    /** The JSON parsing or binding failure in the chain, if any. */
    static Throwable json(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            String name = current.getClass().getName();
            if (name.startsWith("jakarta.json.") || name.contains("Jsonb") || name.contains("JsonParsing")) {
                return current;
            }
            current = current.getCause();
        }
        return null;
    }

    private static AppException jsonProblem(Throwable json) {
        String text = String.valueOf(json.getMessage());
        Matcher unknown = UNKNOWN_PROPERTY.matcher(text);
        if (unknown.find()) {
            return new AppException(ErrorKind.INVALID, "error.json.unknown-field", unknown.group(1));
        }
        return new AppException(ErrorKind.INVALID, "error.json.malformed");
    }

    static boolean databaseDown(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof SQLTransientConnectionException
                    || current instanceof SQLNonTransientConnectionException
                    || current instanceof ConnectException
                    || current.getClass().getName().startsWith("jakarta.resource.")
                    || (current instanceof SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))
                    || String.valueOf(current.getMessage()).contains("Error in allocating a connection")) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    private static boolean hasClass(Throwable thrown, String simpleName) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }
}
