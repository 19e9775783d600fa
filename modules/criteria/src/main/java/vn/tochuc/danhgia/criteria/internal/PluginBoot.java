package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tochuc.danhgia.criteria.DropInRefusal;
import vn.tochuc.danhgia.criteria.FindingView;
import vn.tochuc.danhgia.criteria.PluginRefused;
import vn.tochuc.danhgia.criteria.PluginState;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;
import vn.tochuc.danhgia.criteria.internal.PluginInstaller.Installed;
import vn.tochuc.danhgia.kernel.Caller;

/**
 * Brings the loaded plugins in line with the database and the plugins directory, once, after the migrations (from
 * {@link PluginStartup}, or earlier on the first use of a plugin service, e.g. by the demo data). Every enabled
 * version is loaded again from its stored JAR; one whose file is gone is marked MISSING, one that no longer passes
 * the checks FAILED, and a MISSING one whose file is back is enabled again. Then the JARs dropped into the directory
 * are installed. Nothing here may stop the server from starting: each version and each file fails on its own.
 */
@ApplicationScoped
public class PluginBoot {

    private static final Logger LOG = Logger.getLogger(PluginBoot.class.getName());
    static final String ACTOR = "plugins-directory";

    @Inject
    PluginRegistry registry;

    @Inject
    PluginRepository repository;

    @Inject
    StoredVersions stored;

    @Inject
    PluginWrites writes;

    @Inject
    PluginInstaller installer;

    @Inject
    PluginStore store;

    private volatile boolean started;
    private final List<DropInRefusal> refusals = new CopyOnWriteArrayList<>();

    public void ensureStarted() {
        if (started) {
            return;
        }
        registry.lock().lock();
        try {
            if (!started) {
                reconcile();
                started = true;
                scanDropIns();
            }
        } finally {
            registry.lock().unlock();
        }
    }

    public List<DropInRefusal> refusals() {
        return List.copyOf(refusals);
    }

    private void reconcile() {
        List<PluginVersion> versions = repository.allVersions();
        int loaded = 0;
        for (PluginVersion v : versions) {
            try {
                loaded += reconcile(v) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Plugin " + v.pluginId() + "@" + v.version() + " could not be checked", e);
            }
        }
        int count = loaded;
        LOG.info(() -> "Plugins: " + count + " of " + versions.size() + " installed versions loaded");
    }

    private boolean reconcile(PluginVersion v) {
        if (v.state() == PluginState.DISABLED || v.state() == PluginState.FAILED) {
            if (!Files.isRegularFile(store.fileFor(v.sha256()))) {
                writes.recordFailure(v.pluginId(), v.version(), PluginState.MISSING, List.of(HostFindings.error(
                        HostFindings.FILE_MISSING, store.fileFor(v.sha256()).toString())));
            }
            return false;
        }
        Reload reload = stored.load(v);
        if (!reload.ok()) {
            LOG.warning(() -> "Plugin " + v.pluginId() + "@" + v.version() + " is " + reload.failure() + ": "
                    + reload.findings().stream().map(f -> f.code() + " " + f.messageEn()).toList());
            writes.recordFailure(v.pluginId(), v.version(), reload.failure(), reload.findings());
            return false;
        }
        if (v.state() == PluginState.MISSING) {
            try {
                writes.recordEnabled(v.pluginId(), v.version(), false, reload.findings(), "RESTORE", null);
            } catch (RuntimeException e) {
                registry.runtime().discard(reload.plugin());
                throw e;
            }
        }
        registry.runtime().register(reload.plugin());
        return true;
    }

    /** Installs the JARs dropped into the plugins directory; see {@link PluginStore}. */
    public void scanDropIns() {
        registry.lock().lock();
        try {
            for (Path file : store.dropIns()) {
                try {
                    Caller.runAs(ACTOR, () -> installDropIn(file));
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Dropped-in plugin " + file + " could not be handled", e);
                }
            }
        } finally {
            registry.lock().unlock();
        }
    }

    private Void installDropIn(Path file) {
        String name = file.getFileName().toString();
        try {
            byte[] content = Files.readAllBytes(file);
            Installed installed = installer.install(name, content);
            LOG.info(() -> "Installed dropped-in plugin " + name + " as " + installed.version().pluginId() + "@"
                    + installed.version().version());
            Files.delete(file);
        } catch (PluginRefused e) {
            if (e.findings().stream().anyMatch(f -> f.code().equals(HostFindings.ALREADY_INSTALLED))) {
                delete(file);
                return null;
            }
            refusals.add(new DropInRefusal(name, Instant.now(), e.findings()));
            store.setAside(file, report(name, e.findings()));
            LOG.warning(() -> "Refused dropped-in plugin " + name + ": " + e.findings().stream()
                    .filter(FindingView::error).map(FindingView::code).toList());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read dropped-in plugin " + file, e);
        }
        return null;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remove " + file, e);
        }
    }

    private static String report(String name, List<FindingView> findings) {
        StringBuilder text = new StringBuilder("Plugin " + name + " bị từ chối / was refused:\n");
        findings.forEach(f -> text.append(f.severity()).append(' ').append(f.code()).append(": ")
                .append(f.messageVi()).append(" | ").append(f.messageEn()).append('\n'));
        return text.toString();
    }
}
