package vn.tochuc.danhgia.criteria.internal;

import java.security.cert.X509Certificate;
import java.util.Set;

/**
 * What a plugin JAR must satisfy besides its content. A signed JAR is always verified: intact, wholly signed, by a
 * trusted certificate; {@code requireSigned} only decides about unsigned ones.
 *
 * @param maxBytes          the largest JAR accepted
 * @param maxUnpackedBytes  the most bytes read out of a JAR when verifying it (a zip bomb stops here)
 * @param requireSigned     whether an unsigned JAR is refused; when not, it is accepted with a warning
 * @param trusted           the trusted signer certificates
 * @param truststoreProblem why the trusted keystore could not be read, or {@code null}; every signed JAR (and with
 *                          {@code requireSigned} every JAR) is then refused, since nothing can be trusted
 */
record JarPolicy(long maxBytes, long maxUnpackedBytes, boolean requireSigned, Set<X509Certificate> trusted,
        String truststoreProblem) {

    static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    JarPolicy {
        trusted = Set.copyOf(trusted);
    }

    static JarPolicy unsigned(long maxBytes) {
        return new JarPolicy(maxBytes, 16 * maxBytes, false, Set.of(), null);
    }
}
