package vn.tochuc.danhgia.criteria.internal;

import java.security.cert.X509Certificate;
import java.util.Set;

/**
 * What a plugin JAR must satisfy besides its content.
 *
 * @param maxBytes          the largest JAR accepted
 * @param maxUnpackedBytes  the most bytes read out of a JAR when verifying it (a zip bomb stops here)
 * @param requireSigned     whether every entry must be signed by a trusted certificate
 * @param trusted           the trusted signer certificates
 * @param truststoreProblem why the truststore could not be read, or {@code null}; with {@code requireSigned} every
 *                          JAR is then refused, since nothing can be trusted
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
