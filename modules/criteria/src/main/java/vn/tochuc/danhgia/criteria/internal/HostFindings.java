package vn.tochuc.danhgia.criteria.internal;

import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.spi.Severity;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * The host's own check findings, next to criteria-check's {@code FindingCode}s: about the file rather than the
 * plugin's content (not a JAR, signature, time limit). Messages are the bundle keys {@code criteria.check.<CODE>}.
 */
final class HostFindings {

    static final String NOT_A_JAR = "NOT_A_JAR";
    static final String JAR_TOO_LARGE = "JAR_TOO_LARGE";
    static final String JAR_TOO_BIG_UNPACKED = "JAR_TOO_BIG_UNPACKED";
    static final String JAR_UNSIGNED = "JAR_UNSIGNED";
    /** An unsigned JAR accepted because {@code criteria.plugins.require-signed} is off: a warning. */
    static final String JAR_UNSIGNED_ALLOWED = "JAR_UNSIGNED_ALLOWED";
    static final String JAR_PARTLY_SIGNED = "JAR_PARTLY_SIGNED";
    static final String JAR_SIGNER_UNTRUSTED = "JAR_SIGNER_UNTRUSTED";
    static final String JAR_SIGNATURE_INVALID = "JAR_SIGNATURE_INVALID";
    static final String TRUSTSTORE_UNAVAILABLE = "TRUSTSTORE_UNAVAILABLE";
    static final String PLUGIN_TIMEOUT = "PLUGIN_TIMEOUT";
    /** Too many time-outs while serving: the version is quarantined (FAILED) until IT staff enable it again. */
    static final String PLUGIN_QUARANTINED = "PLUGIN_QUARANTINED";
    /** A review of a FAILED (quarantined) version: the plugin's own check did not run; a warning, not a refusal. */
    static final String PLUGIN_SKIPPED = "PLUGIN_SKIPPED";
    static final String FRAMEWORK_TOO_LARGE = "FRAMEWORK_TOO_LARGE";
    static final String FRAMEWORKS_CHANGED = "FRAMEWORKS_CHANGED";
    static final String FILE_CHANGED = "FILE_CHANGED";
    static final String FILE_MISSING = "FILE_MISSING";
    static final String VERSION_TAKEN = "VERSION_TAKEN";
    static final String ALREADY_INSTALLED = "ALREADY_INSTALLED";
    /** The byte code refers to something outside the allowlist ({@link BytecodeScan}). */
    static final String FORBIDDEN_REFERENCE = "FORBIDDEN_REFERENCE";
    /** A class file of the JAR cannot be read, so it cannot be scanned. */
    static final String CLASS_UNREADABLE = "CLASS_UNREADABLE";
    /** A check answer was cut to the limits ({@link LimitedPlugin}); a plugin message, not a refusal. */
    static final String CHECK_TRUNCATED = "CHECK_TRUNCATED";

    private HostFindings() {}

    /** An error finding; arguments should be texts, so that numbers are not grouped ("10.485.760"). */
    static Finding error(String code, Object... args) {
        return finding(Severity.ERROR, code, args);
    }

    /** A warning finding, e.g. an unsigned plugin accepted because the setting allows it. */
    static Finding warning(String code, Object... args) {
        return finding(Severity.WARNING, code, args);
    }

    private static Finding finding(Severity severity, String code, Object... args) {
        String key = "criteria.check." + code;
        return new Finding(code, severity, null, "", null, Messages.get(Messages.VIETNAMESE, key, args),
                Messages.get(Messages.ENGLISH, key, args));
    }
}
