package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.jar.JarFile;
import vn.tochuc.danhgia.criteria.PluginSigner;

/**
 * Who signed each stored JAR, for the screens and the API. A stored file never changes (it is named by its
 * SHA-256), so each is read once per run and remembered; nothing about it is written to the database.
 */
@ApplicationScoped
public class PluginSignatures {

    @Inject
    PluginStore store;

    private final ConcurrentMap<String, Optional<PluginSigner>> signers = new ConcurrentHashMap<>();

    /** The signer of the stored JAR with this SHA-256; empty when unsigned (or the file is missing). */
    public Optional<PluginSigner> of(String sha256) {
        Optional<PluginSigner> known = signers.get(sha256);
        if (known != null) {
            return known;
        }
        Path file = store.fileFor(sha256);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<PluginSigner> read;
        try (JarFile jar = new JarFile(file.toFile(), true)) {
            read = Optional.ofNullable(SignatureCheck.signerOf(jar));
        } catch (IOException | RuntimeException e) {
            read = Optional.empty();
        }
        signers.put(sha256, read);
        return read;
    }
}
