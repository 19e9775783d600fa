package vn.tochuc.danhgia.criteria.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import vn.tochuc.danhgia.criteria.PluginSigner;
import vn.tochuc.danhgia.criteria.check.Finding;

/**
 * Verifies a JAR's signature as {@code jarsigner -verify} does, against the host's trusted keys: every entry (except
 * the signature files themselves) must be signed, intact, and signed by a certificate that is trusted or whose chain
 * contains one. An unsigned JAR is refused, or accepted with a warning when the policy allows unsigned plugins; a
 * signed one is verified either way. The JAR must have been opened with verification on.
 */
final class SignatureCheck {

    private SignatureCheck() {}

    /** The findings, and who signed (the signer's subject, the trusted certificate's fingerprint) or {@code null}. */
    record Verdict(List<Finding> findings, PluginSigner signer) {}

    static Verdict check(JarFile jar, JarPolicy policy) {
        List<String> unsigned = new ArrayList<>();
        boolean anySigned = false;
        boolean untrusted = false;
        PluginSigner signer = null;
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
                    continue;
                }
                anySigned = true;
                PluginSigner trustedBy = trusted(signers, policy);
                untrusted |= trustedBy == null;
                signer = signer == null ? trustedBy : signer;
            }
        } catch (SecurityException e) {
            return refused(HostFindings.error(HostFindings.JAR_SIGNATURE_INVALID, String.valueOf(e.getMessage())));
        } catch (IOException e) {
            return refused(HostFindings.error(HostFindings.NOT_A_JAR));
        } catch (BudgetExceeded e) {
            return refused(HostFindings.error(HostFindings.JAR_TOO_BIG_UNPACKED,
                    JarReader.megabytes(policy.maxUnpackedBytes())));
        }
        if (!anySigned) {
            // allowed: no finding here, the installer warns (JarFacts.signer() is null)
            return policy.requireSigned() ? refused(HostFindings.error(HostFindings.JAR_UNSIGNED))
                    : new Verdict(List.of(), null);
        }
        if (policy.truststoreProblem() != null) {
            return refused(HostFindings.error(HostFindings.TRUSTSTORE_UNAVAILABLE, policy.truststoreProblem()));
        }
        List<Finding> findings = new ArrayList<>();
        if (!unsigned.isEmpty()) {
            findings.add(HostFindings.error(HostFindings.JAR_PARTLY_SIGNED, String.valueOf(unsigned.size()),
                    String.join(", ", unsigned.subList(0, Math.min(5, unsigned.size())))));
        }
        if (untrusted) {
            findings.add(HostFindings.error(HostFindings.JAR_SIGNER_UNTRUSTED));
        }
        return new Verdict(findings, findings.isEmpty() ? signer : null);
    }

    private static Verdict refused(Finding finding) {
        return new Verdict(List.of(finding), null);
    }

    /** The signer of the first of {@code signers} that chains to a trusted certificate, or {@code null}. */
    private static PluginSigner trusted(CodeSigner[] signers, JarPolicy policy) {
        for (CodeSigner signer : signers) {
            List<? extends Certificate> chain = signer.getSignerCertPath().getCertificates();
            for (Certificate cert : chain) {
                if (policy.trusted().contains(cert)) {
                    return signer(chain.get(0));
                }
            }
        }
        return null;
    }

    private static PluginSigner signer(Certificate leaf) {
        String subject = leaf instanceof X509Certificate x509 ? x509.getSubjectX500Principal().getName() : "";
        return new PluginSigner(subject, TrustedKeyStore.fingerprint(leaf));
    }

    /**
     * Who signed an installed JAR, trusted or not, for the screens: the signer of its first signed entry.
     *
     * @return the signer, or {@code null} when no entry is signed or the JAR cannot be read
     */
    static PluginSigner signerOf(JarFile jar) {
        try {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                drain(jar, entry, Long.MAX_VALUE);
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers != null && signers.length > 0) {
                    return signer(signers[0].getSignerCertPath().getCertificates().get(0));
                }
            }
        } catch (IOException | SecurityException e) {
            return null;
        }
        return null;
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
