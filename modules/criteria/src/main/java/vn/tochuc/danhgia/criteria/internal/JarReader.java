package vn.tochuc.danhgia.criteria.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.check.ManifestCheck;
import vn.tochuc.danhgia.criteria.check.ServiceFileCheck;

/**
 * The checks of a plugin JAR that run none of its code, in the documented order: it is a ZIP/JAR within the size
 * limit, its manifest names a plugin built for a compatible SPI, its signature (always verified when present;
 * required or only warned about when absent), exactly one
 * provider in its service file, and the allowlist scan of its byte code ({@link BytecodeScan}), before any of its
 * classes is loaded.
 */
final class JarReader {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private JarReader() {}

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the bytes start like a ZIP archive with at least one entry (a JAR is one). */
    static boolean looksLikeZip(byte[] content) {
        if (content.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (content[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads a stored JAR file; see {@link #read(Path, byte[], JarPolicy)}. */
    static JarFacts read(Path file, JarPolicy policy) throws IOException {
        return read(file, Files.readAllBytes(file), policy);
    }

    /**
     * Checks a JAR whose bytes are also in {@code file} ({@link JarFile} needs a file).
     *
     * @return the facts; a file that is not a JAR has the single finding {@code NOT_A_JAR}
     */
    static JarFacts read(Path file, byte[] content, JarPolicy policy) {
        String sha = sha256(content);
        if (content.length > policy.maxBytes()) {
            return refused(sha, content.length, HostFindings.error(HostFindings.JAR_TOO_LARGE,
                    megabytes(policy.maxBytes())));
        }
        if (!looksLikeZip(content)) {
            return refused(sha, content.length, HostFindings.error(HostFindings.NOT_A_JAR));
        }
        try (JarFile jar = new JarFile(file.toFile(), true)) {
            Map<String, String> manifest = ManifestCheck.entries(jar.getManifest());
            List<Finding> findings = new ArrayList<>(ManifestCheck.beforeLoading(manifest));
            SignatureCheck.Verdict signature = SignatureCheck.check(jar, policy);
            boolean signatureOk = signature.findings().stream().noneMatch(Finding::isError);
            findings.addAll(signature.findings());
            String serviceFile = text(jar, ServiceFileCheck.SERVICE_FILE);
            findings.addAll(ServiceFileCheck.check(serviceFile));
            findings.addAll(ServiceFileCheck.checkClassesPresent(serviceFile, classNames(jar)));
            if (signatureOk) {
                // a JAR whose signature failed is refused anyway, and its changed entries cannot even be read
                findings.addAll(BytecodeScan.check(jar));
            }
            return new JarFacts(sha, content.length, manifest, serviceFile, findings, signature.signer());
        } catch (IOException | RuntimeException e) {
            // a truncated or corrupt archive: java.util.zip reports it with ZipException or an unchecked exception
            return refused(sha, content.length, HostFindings.error(HostFindings.NOT_A_JAR));
        }
    }

    private static JarFacts refused(String sha, long size, Finding finding) {
        return new JarFacts(sha, size, Map.of(), null, List.of(finding), null);
    }

    /** The binary names of the JAR's classes, from its entries: nothing is loaded. */
    private static List<String> classNames(JarFile jar) {
        return jar.stream().map(ZipEntry::getName)
                .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/") && !n.endsWith("module-info.class"))
                .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                .toList();
    }

    private static String text(JarFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb);
    }
}
