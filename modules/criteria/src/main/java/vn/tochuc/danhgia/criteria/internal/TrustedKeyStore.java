package vn.tochuc.danhgia.criteria.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The host's trusted plugin-signing certificates in a PKCS12 file (by default {@code trusted-plugin-keys.p12} in
 * the data folder), one trusted-certificate entry per key, its alias the SHA-256 fingerprint. Plain Java, so that
 * tests use it without a server. Writes go to a temporary file that then replaces the store, so that a crash never
 * leaves half a keystore. The password only protects the file's integrity: certificates are public.
 */
final class TrustedKeyStore {

    /** The largest certificate file accepted: a certificate is 1 to 3 KB; 64 KB leaves room for a PEM chain. */
    static final int MAX_CERTIFICATE_BYTES = 64 * 1024;

    private final Path file;
    private final char[] password;

    TrustedKeyStore(Path file, char[] password) {
        this.file = file;
        this.password = password.clone();
    }

    Path file() {
        return file;
    }

    /** The trusted certificates; none when the file does not exist yet. */
    synchronized Set<X509Certificate> certificates() throws IOException, GeneralSecurityException {
        return Files.exists(file) ? Truststores.load(file, "PKCS12", password, null) : Set.of();
    }

    /** The trusted certificates, oldest expiry first. */
    List<X509Certificate> sorted() throws IOException, GeneralSecurityException {
        return certificates().stream().sorted(Comparator.comparing(X509Certificate::getNotAfter)
                .thenComparing(TrustedKeyStore::fingerprint)).toList();
    }

    /** @return whether it was added ({@code false}: trusted already) */
    synchronized boolean add(X509Certificate certificate) throws IOException, GeneralSecurityException {
        KeyStore store = open();
        String alias = fingerprint(certificate);
        if (store.containsAlias(alias)) {
            return false;
        }
        store.setCertificateEntry(alias, certificate);
        save(store);
        return true;
    }

    /** @return the certificate no longer trusted, or {@code null} when it was not trusted */
    synchronized X509Certificate remove(String fingerprint) throws IOException, GeneralSecurityException {
        KeyStore store = open();
        String alias = fingerprint.strip().toLowerCase(Locale.ROOT);
        if (!store.containsAlias(alias) || !(store.getCertificate(alias) instanceof X509Certificate cert)) {
            return null;
        }
        store.deleteEntry(alias);
        save(store);
        return cert;
    }

    private KeyStore open() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            }
        } else {
            store.load(null, password);
        }
        return store;
    }

    private void save(KeyStore store) throws IOException, GeneralSecurityException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".trusted-keys", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.store(out, password);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The SHA-256 fingerprint of a certificate's DER encoding, hexadecimal, lower case. */
    static String fingerprint(Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads one X.509 certificate, DER or PEM.
     *
     * @throws CertificateException when the bytes are not exactly one certificate
     */
    static X509Certificate parse(byte[] content) throws CertificateException {
        Collection<? extends Certificate> all = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(content));
        if (all.size() != 1 || !(all.iterator().next() instanceof X509Certificate cert)) {
            throw new CertificateException("expected one X.509 certificate, found " + all.size());
        }
        return cert;
    }
}
