package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.criteria.PluginState;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;
import vn.tochuc.danhgia.criteria.domain.VersionFramework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * Loads an installed version again from its stored JAR (at start, when enabled, on a rollback), with every check of
 * an upload plus two of its own: the file still has the SHA-256 recorded at install, and the plugin still declares
 * exactly the frameworks stored at install (a plugin version's frameworks are constant; snapshots rely on it).
 */
@ApplicationScoped
public class StoredVersions {

    @Inject
    PluginStore store;

    @Inject
    PluginSettings settings;

    @Inject
    DefaultPluginSigningKeys keys;

    @Inject
    PluginRegistry registry;

    @Inject
    PluginRepository repository;

    Reload load(PluginVersion v) {
        Path file = store.fileFor(v.sha256());
        if (!Files.isRegularFile(file)) {
            return Reload.failed(PluginState.MISSING,
                    List.of(HostFindings.error(HostFindings.FILE_MISSING, file.toString())));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Reload.failed(PluginState.MISSING,
                    List.of(HostFindings.error(HostFindings.FILE_MISSING, file + ": " + e.getMessage())));
        }
        if (!JarReader.sha256(bytes).equals(v.sha256())) {
            return Reload.failed(PluginState.FAILED, List.of(HostFindings.error(HostFindings.FILE_CHANGED)));
        }
        JarFacts facts = JarReader.read(file, bytes, keys.policy());
        if (!facts.ok()) {
            return Reload.failed(PluginState.FAILED, facts.findings());
        }
        LoadResult result = registry.runtime().load(file, facts, settings.configFor(v.pluginId()));
        if (!result.ok()) {
            return Reload.failed(PluginState.FAILED, result.findings());
        }
        if (!sameFrameworks(v, result.plugin().frameworks())) {
            registry.runtime().discard(result.plugin());
            List<Finding> findings = new ArrayList<>(result.findings());
            findings.add(HostFindings.error(HostFindings.FRAMEWORKS_CHANGED));
            return Reload.failed(PluginState.FAILED, findings);
        }
        return new Reload(result.plugin(), null, result.findings());
    }

    private boolean sameFrameworks(PluginVersion v, Map<SubjectType, FrameworkTree> loaded) {
        List<VersionFramework> stored = repository.frameworks(v.id());
        if (stored.size() != loaded.size()) {
            return false;
        }
        return stored.stream().allMatch(f -> loaded.containsKey(f.subjectType())
                && FrameworkJson.write(loaded.get(f.subjectType())).equals(f.json()));
    }
}
