package vn.tochuc.danhgia.criteria.internal;

import java.time.Duration;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.check.FindingCode;

/** Plugin code threw or overran its time limit; {@link #finding(FindingCode)} says so in both languages. */
public final class PluginCallFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean timedOut;
    private final Duration timeout;

    private PluginCallFailure(String reason, boolean timedOut, Duration timeout) {
        super(reason, null, false, false);
        this.timedOut = timedOut;
        this.timeout = timeout;
    }

    static PluginCallFailure timeout(Duration timeout) {
        return new PluginCallFailure("timed out after " + timeout.toMillis() + " ms", true, timeout);
    }

    static PluginCallFailure thrown(Throwable cause) {
        String text = cause == null ? "unknown" : cause.getMessage() == null ? cause.getClass().getName()
                : cause.getClass().getName() + ": " + cause.getMessage();
        return new PluginCallFailure(text, false, null);
    }

    public boolean timedOut() {
        return timedOut;
    }

    /** The finding to report: a time-out, or {@code onThrow} with the exception's text. */
    public Finding finding(FindingCode onThrow) {
        if (timedOut) {
            return HostFindings.error(HostFindings.PLUGIN_TIMEOUT, Long.toString(timeout.toMillis()));
        }
        return onThrow.about(null, null, null, getMessage());
    }
}
