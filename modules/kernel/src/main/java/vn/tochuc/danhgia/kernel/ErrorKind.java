package vn.tochuc.danhgia.kernel;

/** The kinds of failure a use case can report, each with the HTTP status that fits it. */
public enum ErrorKind {
    INVALID(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    GONE(410),
    TOO_LARGE(413),
    UNSUPPORTED_TYPE(415),
    LOCKED(423),
    INTERNAL(500),
    UNAVAILABLE(503);

    private final int status;

    ErrorKind(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The bundle key of the short title shown for this kind of failure. */
    public String titleKey() {
        return "error.title." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
