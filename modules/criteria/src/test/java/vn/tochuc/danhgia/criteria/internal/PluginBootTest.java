package vn.tochuc.danhgia.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tochuc.danhgia.criteria.PluginState;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;
import vn.tochuc.danhgia.criteria.testkit.SamplePlugins;
import vn.tochuc.danhgia.kernel.Caller;

/**
 * What the server does with its plugins when it starts: a missing, changed or broken JAR never stops it; that version
 * is shown as MISSING or FAILED, the others are loaded, a JAR that came back is enabled again, and JARs dropped into
 * the directory are installed (or set aside with a report).
 */
class PluginBootTest {

    @TempDir
    Path dir;

    InMemoryPlugins db = new InMemoryPlugins();
    Server first;

    @BeforeEach
    void installWhileRunning() throws Exception {
        first = new Server();
        for (String id : List.of("boot-ok", "boot-missing", "boot-changed", "boot-back", "boot-disabled")) {
            byte[] jar = Files.readAllBytes(SamplePlugins.valid(id, "1.0.0").build(dir.resolve("build-" + id + ".jar")));
            first.installer.install(id + ".jar", jar);
        }
        first.writes.recordDisabled("boot-disabled", "1.0.0", null);
        first.writes.recordFailure("boot-back", "1.0.0", PluginState.MISSING, List.of());
        first.stop();
    }

    @AfterEach
    void stop() {
        first.stop();
    }

    @Test
    void startsWhateverHappenedToTheJarsAndShowsWhatIsWrong() throws Exception {
        Files.delete(stored("boot-missing"));
        Files.copy(dir.resolve("build-boot-ok.jar"), stored("boot-changed"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(stored("boot-disabled"));
        Server restarted = new Server();
        try {
            restarted.boot.ensureStarted();

            assertEquals(PluginState.ENABLED, state("boot-ok"));
            assertEquals(PluginState.MISSING, state("boot-missing"));
            assertTrue(version("boot-missing").stateReason().contains("FILE_MISSING"));
            assertEquals(PluginState.FAILED, state("boot-changed"));
            assertTrue(version("boot-changed").stateReason().contains("FILE_CHANGED"));
            assertEquals(PluginState.ENABLED, state("boot-back"), "its file is there again");
            assertEquals(PluginState.MISSING, state("boot-disabled"));
            assertEquals(List.of("boot-back", "boot-ok"), restarted.registry.runtime().loadedKeys().stream()
                    .map(VersionKey::pluginId).sorted().toList());
            assertTrue(db.auditActions("boot-missing@1.0.0").contains("MISSING"));
            assertTrue(db.auditActions("boot-changed@1.0.0").contains("FAIL"));
        } finally {
            restarted.stop();
        }
    }

    @Test
    void installsDroppedInJarsAndSetsBrokenOnesAside() throws Exception {
        Files.copy(SamplePlugins.valid("boot-dropped", "1.0.0").build(dir.resolve("build-dropped.jar")),
                dir.resolve("plugins/boot-dropped.jar"));
        Files.writeString(dir.resolve("plugins/broken.jar"), "không phải JAR");
        Server restarted = new Server();
        try {
            restarted.boot.ensureStarted();

            assertEquals(PluginState.ENABLED, state("boot-dropped"));
            assertEquals("plugins-directory", version("boot-dropped").installedBy());
            assertFalse(Files.exists(dir.resolve("plugins/boot-dropped.jar")), "moved into the store");
            assertTrue(Files.exists(dir.resolve("plugins/broken.jar.refused")));
            assertTrue(Files.readString(dir.resolve("plugins/broken.jar.refused.txt")).contains("NOT_A_JAR"));
            assertEquals("broken.jar", restarted.boot.refusals().get(0).fileName());
        } finally {
            restarted.stop();
        }
    }

    @Test
    void revokingAKeyFailsTheEnabledVersionsItSignedAtOnce() throws Exception {
        Server running = new Server();
        try {
            running.boot.ensureStarted();
            SignatureCheckTest.Signer agency = SignatureCheckTest.Signer.generate(dir.resolve("agency.p12"),
                    "agency", "CN=Sở Tài chính, C=VN");
            byte[] cer = SignatureCheckTest.Signer.export(dir.resolve("agency.p12"), "agency", false);
            Path signed = agency.sign(SamplePlugins.valid("boot-signed", "1.0.0").build(dir.resolve("s.jar")),
                    dir.resolve("signed.jar"));
            String fingerprint = running.keys.add("agency.cer", cer).fingerprint();
            running.installer.install("signed.jar", Files.readAllBytes(signed));
            assertEquals(PluginState.ENABLED, state("boot-signed"));
            assertEquals(List.of(fingerprint), running.keys.list().stream().map(k -> k.fingerprint()).toList());

            List<String> failed = running.keys.revoke(fingerprint);

            assertEquals(List.of("boot-signed@1.0.0"), failed, "the unsigned versions stay: unsigned ones are allowed");
            assertEquals(PluginState.FAILED, state("boot-signed"));
            assertTrue(version("boot-signed").stateReason().contains("JAR_SIGNER_UNTRUSTED"));
            assertFalse(running.registry.runtime().get(new VersionKey("boot-signed", "1.0.0")).isPresent());
            assertTrue(db.auditActions(fingerprint).containsAll(List.of("CREATE", "DELETE")), "both audited");
            assertTrue(running.keys.list().isEmpty());
        } finally {
            running.stop();
        }
    }

    private Path stored(String pluginId) {
        return dir.resolve("plugins/store/" + version(pluginId).sha256() + ".jar");
    }

    private PluginVersion version(String pluginId) {
        return db.version(pluginId, "1.0.0").orElseThrow();
    }

    private PluginState state(String pluginId) {
        return version(pluginId).state();
    }

    /** The plugin services wired by hand over the in-memory database: one server run. */
    final class Server {

        final PluginSettings settings = new PluginSettings();
        final PluginRegistry registry = new PluginRegistry();
        final PluginStore store = new PluginStore();
        final PluginWrites writes = new PluginWrites();
        final PluginInstaller installer = new PluginInstaller();
        final StoredVersions stored = new StoredVersions();
        final PluginBoot boot = new PluginBoot();
        final DefaultPluginSigningKeys keys = new DefaultPluginSigningKeys();

        Server() {
            settings.config = InMemoryPlugins.inert(Config.class);
            settings.dataDir = dir.toString();
            settings.pluginsDir = Optional.of(dir.resolve("plugins").toString());
            settings.callTimeoutMs = 2000;
            settings.maxUploadBytes = JarPolicy.DEFAULT_MAX_BYTES;
            settings.truststore = Optional.empty();
            settings.truststorePassword = Optional.empty();
            registry.settings = settings;
            registry.start();
            store.settings = settings;
            wireWrites();
            keys.settings = settings;
            keys.audit = db;
            keys.registry = registry;
            keys.repository = db;
            keys.writes = writes;
            keys.store = store;
            installer.settings = settings;
            installer.keys = keys;
            installer.store = store;
            installer.registry = registry;
            installer.repository = db;
            installer.writes = writes;
            installer.caller = outsideARequest();
            stored.store = store;
            stored.settings = settings;
            stored.keys = keys;
            stored.registry = registry;
            stored.repository = db;
            boot.registry = registry;
            boot.repository = db;
            boot.stored = stored;
            boot.writes = writes;
            boot.installer = installer;
            boot.store = store;
        }

        @SuppressWarnings("unchecked")
        private void wireWrites() {
            writes.repository = db;
            writes.audit = db;
            writes.installed = InMemoryPlugins.inert(Event.class);
            writes.activated = InMemoryPlugins.inert(Event.class);
            writes.enabled = InMemoryPlugins.inert(Event.class);
            writes.disabled = InMemoryPlugins.inert(Event.class);
            writes.failed = InMemoryPlugins.inert(Event.class);
        }

        void stop() {
            registry.stop();
        }
    }

    /** The real caller, as outside any HTTP request: "system", or the actor of {@link Caller#runAs}. */
    private static Caller outsideARequest() {
        Caller caller = new Caller();
        InMemoryPlugins.set(caller, "request", java.lang.reflect.Proxy.newProxyInstance(
                PluginBootTest.class.getClassLoader(), new Class<?>[] {jakarta.servlet.http.HttpServletRequest.class},
                (proxy, method, args) -> {
                    throw new IllegalStateException("no request");
                }));
        return caller;
    }
}
