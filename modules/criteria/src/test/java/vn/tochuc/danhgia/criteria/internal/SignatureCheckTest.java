package vn.tochuc.danhgia.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tochuc.danhgia.criteria.internal.PluginRuntimeTest.assertCodes;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import jdk.security.jarsigner.JarSigner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tochuc.danhgia.criteria.testkit.SamplePlugins;

/**
 * With {@code criteria.plugins.require-signed=true}: a keystore made here with {@code keytool}, JARs signed with the
 * JDK's jarsigner API, and the host's verdicts.
 */
class SignatureCheckTest {

    static final char[] PASSWORD = "doi-mat-khau".toCharArray();

    @TempDir
    static Path dir;

    static Path unsigned;
    static Set<X509Certificate> trusted;
    static Signer agency;
    static Signer stranger;

    @BeforeAll
    static void keysAndJar() throws Exception {
        unsigned = SamplePlugins.valid("signed-plugin", "1.0.0").build(dir.resolve("unsigned.jar"));
        agency = Signer.generate(dir.resolve("agency.p12"), "agency", "CN=Trung tâm CNTT, O=Tỉnh ủy Quảng Ngãi, C=VN");
        stranger = Signer.generate(dir.resolve("stranger.p12"), "stranger", "CN=Someone Else, C=VN");
        trusted = Truststores.load(dir.resolve("agency.p12"), "PKCS12", PASSWORD, "agency");
    }

    static JarPolicy signedOnly() {
        return new JarPolicy(JarPolicy.DEFAULT_MAX_BYTES, 64L << 20, true, trusted, null);
    }

    @Test
    void acceptsAJarSignedByATrustedCertificate() throws Exception {
        Path jar = agency.sign(unsigned, dir.resolve("ok.jar"));

        JarFacts facts = JarReader.read(jar, signedOnly());

        assertTrue(facts.ok(), facts.findings().toString());
        try (PluginRuntime runtime = Runtimes.create(java.time.Duration.ofSeconds(2))) {
            assertTrue(Runtimes.load(runtime, jar).ok());
        }
    }

    @Test
    void refusesAnUnsignedJar() throws Exception {
        assertCodes(JarReader.read(unsigned, signedOnly()).findings(), HostFindings.JAR_UNSIGNED);
    }

    @Test
    void acceptsAnUnsignedJarWhenSignaturesAreNotRequired() throws Exception {
        assertTrue(JarReader.read(unsigned, Runtimes.POLICY).ok());
    }

    @Test
    void refusesAJarSignedByACertificateOutsideTheTruststore() throws Exception {
        Path jar = stranger.sign(unsigned, dir.resolve("stranger.jar"));

        assertCodes(JarReader.read(jar, signedOnly()).findings(), HostFindings.JAR_SIGNER_UNTRUSTED);
    }

    @Test
    void refusesASignedJarChangedAfterSigning() throws Exception {
        Path signed = agency.sign(unsigned, dir.resolve("to-tamper.jar"));
        Path tampered = rewrite(signed, dir.resolve("tampered.jar"), "sample/", "// changed".getBytes(), false);

        assertCodes(JarReader.read(tampered, signedOnly()).findings(), HostFindings.JAR_SIGNATURE_INVALID);
    }

    @Test
    void refusesASignedJarWithAnEntryAddedAfterSigning() throws Exception {
        Path signed = agency.sign(unsigned, dir.resolve("to-extend.jar"));
        Path extended = rewrite(signed, dir.resolve("extended.jar"), "extra/Added.txt", "thêm".getBytes(
                StandardCharsets.UTF_8), true);

        assertCodes(JarReader.read(extended, signedOnly()).findings(), HostFindings.JAR_PARTLY_SIGNED);
    }

    @Test
    void refusesEverythingWhenTheTruststoreCannotBeRead() throws Exception {
        Path jar = agency.sign(unsigned, dir.resolve("no-store.jar"));
        JarPolicy broken = new JarPolicy(JarPolicy.DEFAULT_MAX_BYTES, 64L << 20, true, Set.of(), "no file");

        assertCodes(JarReader.read(jar, broken).findings(), HostFindings.TRUSTSTORE_UNAVAILABLE);
    }

    @Test
    void readsOnlyTheNamedAliasFromTheTruststore() throws Exception {
        assertEquals(1, trusted.size());
        assertTrue(trusted.iterator().next().getSubjectX500Principal().getName().contains("Trung tâm CNTT"));
    }

    /** Copies a JAR, changing the first class entry under {@code prefix} or adding a new entry. */
    private static Path rewrite(Path from, Path to, String name, byte[] content, boolean add) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            boolean changed = false;
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (!add && !changed && e.getName().startsWith(name) && e.getName().endsWith(".class")) {
                    data = Arrays.copyOf(data, data.length + content.length);
                    changed = true;
                }
                out.write(data);
                out.closeEntry();
            }
            if (add) {
                out.putNextEntry(new ZipEntry(name));
                out.write(content);
                out.closeEntry();
            }
        }
        return to;
    }

    /** A key pair and self-signed certificate made with {@code keytool}, and signing with the jarsigner API. */
    record Signer(PrivateKey key, CertPath path) {

        static Signer generate(Path store, String alias, String dname) throws Exception {
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", alias, "-keyalg", "EC",
                    "-groupname", "secp256r1", "-validity", "30", "-dname", dname, "-keystore", store.toString(),
                    "-storetype", "PKCS12", "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), output);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(store)) {
                ks.load(in, PASSWORD);
            }
            PrivateKey key = (PrivateKey) ks.getKey(alias, PASSWORD);
            CertPath path = CertificateFactory.getInstance("X.509")
                    .generateCertPath(List.of((X509Certificate) ks.getCertificate(alias)));
            return new Signer(key, path);
        }

        Path sign(Path jar, Path out) throws IOException {
            try (ZipFile zip = new ZipFile(jar.toFile()); OutputStream os = Files.newOutputStream(out)) {
                new JarSigner.Builder(key, path).build().sign(zip, os);
            }
            return out;
        }
    }
}
