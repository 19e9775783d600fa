package vn.tochuc.danhgia.criteria.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import vn.tochuc.danhgia.criteria.check.Finding;

/**
 * Verifies a JAR's signature as {@code jarsigner -verify} does, against the host's truststore: every entry (except
 * the signature files themselves) must be signed, intact, and signed by a certificate that is in the truststore or
 * whose chain contains one. The JAR must have been opened with verification on.
 */
final class SignatureCheck {

    private SignatureCheck() {}

    static List<Finding> check(JarFile jar, JarPolicy policy) {
        if (policy.truststoreProblem() != null) {
            return List.of(HostFindings.error(HostFindings.TRUSTSTORE_UNAVAILABLE, policy.truststoreProblem()));
        }
        List<String> unsigned = new ArrayList<>();
        boolean anySigned = false;
        boolean untrusted = false;
        long budget = policy.maxUnpackedBytes();
        try {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                // verification happens while reading: a changed entry throws SecurityException here
                budget -= drain(jar, entry, budget);
                if (isSignatureFile(entry.getName())) {
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    unsigned.add(entry.getName());
                } else {
                    anySigned = true;
                    untrusted |= !trusted(signers, policy);
                }
            }
        } catch (SecurityException e) {
            return List.of(HostFindings.error(HostFindings.JAR_SIGNATURE_INVALID, String.valueOf(e.getMessage())));
        } catch (IOException e) {
            return List.of(HostFindings.error(HostFindings.NOT_A_JAR));
        } catch (BudgetExceeded e) {
            return List.of(HostFindings.error(HostFindings.JAR_TOO_BIG_UNPACKED,
                    JarReader.megabytes(policy.maxUnpackedBytes())));
        }
        if (!anySigned) {
            return List.of(HostFindings.error(HostFindings.JAR_UNSIGNED));
        }
        List<Finding> findings = new ArrayList<>();
        if (!unsigned.isEmpty()) {
            findings.add(HostFindings.error(HostFindings.JAR_PARTLY_SIGNED, String.valueOf(unsigned.size()),
                    String.join(", ", unsigned.subList(0, Math.min(5, unsigned.size())))));
        }
        if (untrusted) {
            findings.add(HostFindings.error(HostFindings.JAR_SIGNER_UNTRUSTED));
        }
        return findings;
    }

    private static boolean trusted(CodeSigner[] signers, JarPolicy policy) {
        for (CodeSigner signer : signers) {
            for (Certificate cert : signer.getSignerCertPath().getCertificates()) {
                if (policy.trusted().contains(cert)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', 9) >= 0) {
            return false;
        }
        return upper.equals("META-INF/MANIFEST.MF") || upper.endsWith(".SF") || upper.endsWith(".RSA")
                || upper.endsWith(".DSA") || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-");
    }

    private static long drain(JarFile jar, JarEntry entry, long budget) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long read = 0;
        try (InputStream in = jar.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                read += n;
                if (read > budget) {
                    throw new BudgetExceeded();
                }
            }
        }
        return read;
    }

    /** Thrown when a JAR unpacks to more than the policy allows. */
    private static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super(null, null, false, false);
        }
    }
}
