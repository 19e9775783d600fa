package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.criteria.PluginSigningKeys;
import vn.tochuc.danhgia.criteria.PluginState;
import vn.tochuc.danhgia.criteria.TrustedKeyView;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Zones;

/**
 * The trusted plugin-signing keys ({@link TrustedKeyStore}) and the {@link JarPolicy} every check uses. The trusted
 * set is read once and again after each change. Revoking a key re-verifies every enabled version at once, under the
 * registry's lock: a version signed with that key is marked FAILED ({@code JAR_SIGNER_UNTRUSTED}) and unloaded, so
 * that no code signed by a key IT staff no longer trust keeps running until the next restart.
 */
@ApplicationScoped
public class DefaultPluginSigningKeys implements PluginSigningKeys {

    /** Where the keystore is, its password, and whether unsigned JARs pass. */
    @Inject
    PluginSettings settings;

    /** Adding and revoking a key are audited. */
    @Inject
    AuditLog audit;

    /** Its lock serializes key changes with plugin changes; revoking unloads versions. */
    @Inject
    PluginRegistry registry;

    /** The enabled versions to verify again after a revocation, their stored JARs, and their failure. */
    @Inject
    PluginRepository repository;
    @Inject
    PluginStore store;
    @Inject
    PluginWrites writes;

    private volatile JarPolicy policy;

    /** The audit log's entity type of a trusted key; its id is the certificate's SHA-256 fingerprint. */
    static final String ENTITY = "criteria-plugin-key";
    private static final Logger LOG = Logger.getLogger(DefaultPluginSigningKeys.class.getName());

    /** The policy of every JAR check: the setting for unsigned JARs and the keys trusted now. */
    JarPolicy policy() {
        JarPolicy p = policy;
        if (p == null) {
            p = readPolicy();
            policy = p;
        }
        return p;
    }

    private JarPolicy readPolicy() {
        long max = settings.maxUploadBytes();
        try {
            Set<X509Certificate> trusted = keyStore().certificates();
            LOG.info(() -> "Plugins signed by one of " + trusted.size() + " trusted key(s) are accepted; unsigned "
                    + (settings.requireSigned() ? "ones are refused" : "ones with a warning"));
            return new JarPolicy(max, 16 * max, settings.requireSigned(), trusted, null);
        } catch (IOException | GeneralSecurityException e) {
            LOG.warning("Cannot read the trusted plugin keys " + keyStore().file() + ": " + e);
            return new JarPolicy(max, 16 * max, settings.requireSigned(), Set.of(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    TrustedKeyStore keyStore() {
        return new TrustedKeyStore(settings.truststore(), settings.truststorePassword());
    }

    @Override
    public List<TrustedKeyView> list() {
        try {
            return keyStore().sorted().stream().map(DefaultPluginSigningKeys::view).toList();
        } catch (IOException | GeneralSecurityException e) {
            throw unreadable(e);
        }
    }

    /** In a transaction, which the audit log requires; a refused certificate writes neither the file nor a row. */
    @Override
    @Transactional
    public TrustedKeyView add(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".cer") || name.endsWith(".crt") || name.endsWith(".pem") || name.endsWith(".der"))) {
            throw AppException.invalid(List.of(FieldError.of("file", "criteria.keys.wrong-type")));
        }
        if (content.length == 0 || content.length > TrustedKeyStore.MAX_CERTIFICATE_BYTES) {
            throw AppException.invalid(List.of(FieldError.of("file", "criteria.keys.too-large",
                    Integer.toString(TrustedKeyStore.MAX_CERTIFICATE_BYTES / 1024))));
        }
        X509Certificate cert;
        try {
            cert = TrustedKeyStore.parse(content);
        } catch (CertificateException e) {
            throw AppException.invalid(List.of(FieldError.of("file", "criteria.keys.not-a-certificate")));
        }
        registry.lock().lock();
        try {
            if (!keyStore().add(cert)) {
                throw AppException.conflict("criteria.keys.already-trusted", TrustedKeyStore.fingerprint(cert));
            }
            policy = null;
            TrustedKeyView view = view(cert);
            audit.record(AuditEvent.created(ENTITY, view.fingerprint(), snapshot(view))
                    .withSummary(AuditSummary.of("criteria.audit.key-added", view.subject(), view.fingerprint())));
            return view;
        } catch (IOException | GeneralSecurityException e) {
            throw unreadable(e);
        } finally {
            registry.lock().unlock();
        }
    }

    @Override
    @Transactional
    public List<String> revoke(String fingerprint) {
        registry.lock().lock();
        try {
            X509Certificate removed = keyStore().remove(fingerprint);
            if (removed == null) {
                throw AppException.notFound("criteria.keys.not-found", fingerprint);
            }
            policy = null;
            TrustedKeyView view = view(removed);
            audit.record(AuditEvent.deleted(ENTITY, view.fingerprint(), snapshot(view))
                    .withSummary(AuditSummary.of("criteria.audit.key-revoked", view.subject(), view.fingerprint())));
            return failNoLongerTrusted();
        } catch (IOException | GeneralSecurityException e) {
            throw unreadable(e);
        } finally {
            registry.lock().unlock();
        }
    }

    /** Re-verifies the enabled versions' JARs against the keys trusted now; fails those that no longer pass. */
    private List<String> failNoLongerTrusted() {
        JarPolicy now = policy();
        List<String> failed = new ArrayList<>();
        for (PluginVersion v : repository.allVersions()) {
            if (v.state() != PluginState.ENABLED) {
                continue;
            }
            Path file = store.fileFor(v.sha256());
            List<Finding> errors;
            try {
                errors = JarReader.read(file, now).findings().stream().filter(Finding::isError).toList();
            } catch (IOException e) {
                continue; // a missing file is the next load's to report (MISSING)
            }
            if (!errors.isEmpty()) {
                writes.recordFailure(v.pluginId(), v.version(), PluginState.FAILED, errors);
                registry.runtime().unload(new VersionKey(v.pluginId(), v.version()));
                failed.add(v.pluginId() + "@" + v.version());
            }
        }
        if (!failed.isEmpty()) {
            LOG.warning(() -> "Failed after a key was revoked: " + failed);
        }
        return failed;
    }

    static TrustedKeyView view(X509Certificate cert) {
        LocalDate from = LocalDate.ofInstant(cert.getNotBefore().toInstant(), Zones.VIETNAM);
        LocalDate to = LocalDate.ofInstant(cert.getNotAfter().toInstant(), Zones.VIETNAM);
        return new TrustedKeyView(TrustedKeyStore.fingerprint(cert), cert.getSubjectX500Principal().getName(),
                cert.getIssuerX500Principal().getName(), from, to, to.isBefore(LocalDate.now(Zones.VIETNAM)));
    }

    private static Map<String, Object> snapshot(TrustedKeyView view) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fingerprint", view.fingerprint());
        m.put("subject", view.subject());
        m.put("issuer", view.issuer());
        m.put("validFrom", view.validFrom().toString());
        m.put("validTo", view.validTo().toString());
        return m;
    }

    private AppException unreadable(Exception e) {
        LOG.warning("Cannot use the trusted plugin keys " + keyStore().file() + ": " + e);
        return AppException.conflict("criteria.keys.store-unavailable", e.getClass().getSimpleName());
    }
}
