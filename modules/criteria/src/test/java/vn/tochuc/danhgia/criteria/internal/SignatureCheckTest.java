package vn.tochuc.danhgia.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
 * Keys made here with {@code keytool}, JARs signed with the JDK's jarsigner API, the host's verdicts with
 * {@code criteria.plugins.require-signed} on and off (a signed JAR is verified either way), and the trusted keystore:
 * several keys at once (rotation), revocation, certificates exported as DER and PEM.
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
            assertTrue(runtime.load(jar, facts, vn.tochuc.danhgia.criteria.spi.PluginConfig.empty()).ok());
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
    void acceptsAnUnsignedJarWithoutSignerWhenTheSettingAllowsIt() throws Exception {
        JarFacts facts = JarReader.read(unsigned, allowingUnsigned(trusted));

        assertTrue(facts.ok(), facts.findings().toString());
        assertEquals(null, facts.signer(), "the installer warns about a JAR without signer");
    }

    @Test
    void namesTheSignerOfATrustedJar() throws Exception {
        JarFacts facts = JarReader.read(agency.sign(unsigned, dir.resolve("named.jar")), signedOnly());

        assertTrue(facts.signer().subject().contains("Trung tâm CNTT"), facts.signer().toString());
        assertEquals(TrustedKeyStore.fingerprint(agency.path().getCertificates().get(0)),
                facts.signer().fingerprint());
    }

    @Test
    void verifiesASignedJarEvenWhenUnsignedOnesAreAllowed() throws Exception {
        Path foreign = stranger.sign(unsigned, dir.resolve("foreign-allowed.jar"));
        Path tampered = rewrite(agency.sign(unsigned, dir.resolve("to-tamper-allowed.jar")),
                dir.resolve("tampered-allowed.jar"), "sample/", "// changed".getBytes(), false);

        assertCodes(JarReader.read(foreign, allowingUnsigned(trusted)).findings(), HostFindings.JAR_SIGNER_UNTRUSTED);
        assertCodes(JarReader.read(tampered, allowingUnsigned(trusted)).findings(),
                HostFindings.JAR_SIGNATURE_INVALID);
    }

    @Test
    void trustsSeveralKeysAtOnceAndStopsTrustingARevokedOne() throws Exception {
        Signer next = Signer.generate(dir.resolve("next.p12"), "next", "CN=Trung tâm CNTT 2027, C=VN");
        TrustedKeyStore store = new TrustedKeyStore(dir.resolve("data/trusted-plugin-keys.p12"), PASSWORD);
        X509Certificate old = (X509Certificate) agency.path().getCertificates().get(0);
        assertTrue(store.add(old));
        assertTrue(store.add((X509Certificate) next.path().getCertificates().get(0)));
        assertFalse(store.add(old), "trusted already");
        Path signedOld = agency.sign(unsigned, dir.resolve("rotation-old.jar"));
        Path signedNew = next.sign(unsigned, dir.resolve("rotation-new.jar"));

        assertTrue(JarReader.read(signedOld, signedOnly(store.certificates())).ok(), "before the old key goes");
        assertTrue(JarReader.read(signedNew, signedOnly(store.certificates())).ok());

        assertEquals(old, store.remove(TrustedKeyStore.fingerprint(old)));

        assertCodes(JarReader.read(signedOld, signedOnly(store.certificates())).findings(),
                HostFindings.JAR_SIGNER_UNTRUSTED);
        assertTrue(JarReader.read(signedNew, signedOnly(store.certificates())).ok());
        assertEquals(1, store.sorted().size());
        assertEquals(null, store.remove(TrustedKeyStore.fingerprint(old)), "revoked already");
    }

    @Test
    void readsACertificateExportedByKeytoolAsDerOrPem() throws Exception {
        byte[] der = Signer.export(dir.resolve("agency.p12"), "agency", false);
        byte[] pem = Signer.export(dir.resolve("agency.p12"), "agency", true);

        assertEquals(agency.path().getCertificates().get(0), TrustedKeyStore.parse(der));
        assertEquals(agency.path().getCertificates().get(0), TrustedKeyStore.parse(pem));
        assertTrue(new String(pem, StandardCharsets.US_ASCII).startsWith("-----BEGIN CERTIFICATE-----"));
        assertThrows(java.security.cert.CertificateException.class,
                () -> TrustedKeyStore.parse("không phải chứng thư".getBytes(StandardCharsets.UTF_8)));
    }

    static JarPolicy signedOnly(Set<X509Certificate> keys) {
        return new JarPolicy(JarPolicy.DEFAULT_MAX_BYTES, 64L << 20, true, keys, null);
    }

    static JarPolicy allowingUnsigned(Set<X509Certificate> keys) {
        return new JarPolicy(JarPolicy.DEFAULT_MAX_BYTES, 64L << 20, false, keys, null);
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
            keytool("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30",
                    "-dname", dname, "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass",
                    new String(PASSWORD), "-keypass", new String(PASSWORD));
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(store)) {
                ks.load(in, PASSWORD);
            }
            PrivateKey key = (PrivateKey) ks.getKey(alias, PASSWORD);
            CertPath path = CertificateFactory.getInstance("X.509")
                    .generateCertPath(List.of((X509Certificate) ks.getCertificate(alias)));
            return new Signer(key, path);
        }

        /** The certificate of a key, as {@code keytool -exportcert} writes it: DER, or PEM with {@code -rfc}. */
        static byte[] export(Path store, String alias, boolean pem) throws Exception {
            Path file = store.resolveSibling(alias + (pem ? ".pem" : ".cer"));
            List<String> args = new java.util.ArrayList<>(List.of("-exportcert", "-alias", alias, "-keystore",
                    store.toString(), "-storetype", "PKCS12", "-storepass", new String(PASSWORD), "-file",
                    file.toString()));
            if (pem) {
                args.add("-rfc");
            }
            keytool(args.toArray(String[]::new));
            return Files.readAllBytes(file);
        }

        private static void keytool(String... args) throws Exception {
            List<String> command = new java.util.ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), output);
        }

        Path sign(Path jar, Path out) throws IOException {
            try (ZipFile zip = new ZipFile(jar.toFile()); OutputStream os = Files.newOutputStream(out)) {
                new JarSigner.Builder(key, path).build().sign(zip, os);
            }
            return out;
        }
    }
}
