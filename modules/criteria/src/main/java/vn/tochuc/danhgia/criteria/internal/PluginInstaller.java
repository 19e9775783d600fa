package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import vn.tochuc.danhgia.criteria.PluginRefused;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;
import vn.tochuc.danhgia.criteria.domain.VersionFacts;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.kernel.ErrorKind;

/**
 * Installs a JAR: the checks that run no plugin code, then loading it in its own class loader with the checks that
 * do, then (only when everything passed) the database rows, and finally making it available. A refusal leaves
 * nothing behind: the stored file is removed again and no row is written. Callers hold the registry's lock.
 */
@ApplicationScoped
public class PluginInstaller {

    private static final Logger LOG = Logger.getLogger(PluginInstaller.class.getName());

    @Inject
    PluginSettings settings;

    @Inject
    DefaultPluginSigningKeys keys;

    @Inject
    PluginStore store;

    @Inject
    PluginRegistry registry;

    @Inject
    PluginRepository repository;

    @Inject
    PluginWrites writes;

    @Inject
    Caller caller;

    /** What was installed: the version row and the warnings of the checks. */
    record Installed(PluginVersion version, List<Finding> warnings) {}

    Installed install(String fileName, byte[] content) {
        if (content.length > settings.maxUploadBytes()) {
            throw refused(ErrorKind.TOO_LARGE, "criteria.plugin.too-large", List.of(HostFindings.error(
                    HostFindings.JAR_TOO_LARGE, JarReader.megabytes(settings.maxUploadBytes()))), fileName);
        }
        if (!JarReader.looksLikeZip(content)) {
            throw refused(ErrorKind.UNSUPPORTED_TYPE, "criteria.plugin.not-a-jar",
                    List.of(HostFindings.error(HostFindings.NOT_A_JAR)), fileName);
        }
        String sha = JarReader.sha256(content);
        repository.versionBySha(sha).ifPresent(v -> {
            throw refused(ErrorKind.CONFLICT, "criteria.plugin.already-installed", List.of(HostFindings.error(
                    HostFindings.ALREADY_INSTALLED, v.pluginId(), v.version())), fileName);
        });
        Path file = store.write(sha, content);
        boolean kept = false;
        try {
            Installed installed = checkLoadAndRecord(file, fileName, content, sha);
            kept = true;
            return installed;
        } finally {
            if (!kept && repository.countBySha(sha) == 0) {
                store.delete(sha);
            }
        }
    }

    private Installed checkLoadAndRecord(Path file, String fileName, byte[] content, String sha) {
        JarFacts facts = JarReader.read(file, content, keys.policy());
        if (facts.findings().stream().anyMatch(f -> f.code().equals(HostFindings.NOT_A_JAR))) {
            throw refused(ErrorKind.UNSUPPORTED_TYPE, "criteria.plugin.not-a-jar", facts.findings(), fileName);
        }
        if (!facts.ok()) {
            throw refused(ErrorKind.INVALID, "criteria.plugin.refused", facts.findings(), fileName);
        }
        if (repository.version(facts.pluginId(), facts.version()).isPresent()) {
            throw refused(ErrorKind.CONFLICT, "criteria.plugin.refused", List.of(HostFindings.error(
                    HostFindings.VERSION_TAKEN, facts.pluginId(), facts.version())), fileName);
        }
        LoadResult result = registry.runtime().load(file, facts, settings.configFor(facts.pluginId()));
        if (!result.ok()) {
            List<Finding> all = new ArrayList<>(facts.findings());
            all.addAll(result.findings());
            throw refused(ErrorKind.INVALID, "criteria.plugin.refused", all, fileName);
        }
        LoadedPlugin plugin = result.plugin();
        List<Finding> warnings = new ArrayList<>(facts.findings());
        if (facts.signer() == null) {
            warnings.add(HostFindings.warning(HostFindings.JAR_UNSIGNED_ALLOWED));
        }
        warnings.addAll(result.findings());
        PluginVersion version;
        try {
            version = writes.recordInstall(versionFacts(facts, plugin.descriptor(), fileName),
                    frameworkJson(plugin), warnings, caller.username());
        } catch (RuntimeException e) {
            registry.runtime().discard(plugin);
            throw e;
        }
        registry.runtime().register(plugin);
        LOG.info(() -> "Installed plugin " + plugin.key() + " from " + fileName + " (SHA-256 " + sha + ") by "
                + caller.username());
        return new Installed(version, warnings);
    }

    private PluginRefused refused(ErrorKind kind, String key, List<Finding> findings, String fileName) {
        LOG.info(() -> "Refused plugin file " + fileName + " from " + caller.username() + ": " + findings.stream()
                .filter(Finding::isError).map(Finding::code).toList());
        return new PluginRefused(kind, key, findings);
    }

    private static VersionFacts versionFacts(JarFacts facts, PluginDescriptor d, String fileName) {
        return new VersionFacts(d.id(), d.version(), d.displayName(), facts.spiVersion(), facts.sha256(),
                fileName == null ? "" : fileName, facts.sizeBytes(), d.regulation(), d.years().from(),
                d.years().to(), d.unitCodes(), d.groupCodes());
    }

    static Map<SubjectType, String> frameworkJson(LoadedPlugin plugin) {
        Map<SubjectType, String> json = new EnumMap<>(SubjectType.class);
        plugin.frameworks().forEach((subject, tree) -> json.put(subject, FrameworkJson.write(tree)));
        return json;
    }
}
