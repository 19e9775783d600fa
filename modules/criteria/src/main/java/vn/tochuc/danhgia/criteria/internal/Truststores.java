package vn.tochuc.danhgia.criteria.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Reads the certificates plugin signers must chain to, from a keystore file ({@link TrustedKeyStore} writes it). */
final class Truststores {

    private Truststores() {}

    /**
     * @param alias only this entry's certificate, or every certificate when {@code null} or blank
     * @return its certificates; empty when it holds none (every key revoked)
     * @throws GeneralSecurityException or IOException when the file cannot be read
     */
    static Set<X509Certificate> load(Path file, String type, char[] password, String alias)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(type == null || type.isBlank() ? "PKCS12" : type);
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        Set<X509Certificate> certificates = new HashSet<>();
        for (String name : Collections.list(store.aliases())) {
            if (alias != null && !alias.isBlank() && !alias.equals(name)) {
                continue;
            }
            Certificate cert = store.getCertificate(name);
            if (cert instanceof X509Certificate x509) {
                certificates.add(x509);
            }
        }
        return certificates;
    }
}
