package vn.tochuc.danhgia.criteria.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditQuery;
import vn.tochuc.danhgia.audit.AuditRecord;
import vn.tochuc.danhgia.criteria.domain.PluginRecord;
import vn.tochuc.danhgia.criteria.domain.PluginRepository;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;
import vn.tochuc.danhgia.criteria.domain.VersionFramework;
import vn.tochuc.danhgia.kernel.Page;

/** An in-memory plugin repository and audit log, to run the plugin services without a server. */
final class InMemoryPlugins implements PluginRepository, AuditLog {

    final List<PluginRecord> plugins = new ArrayList<>();
    final List<PluginVersion> versions = new ArrayList<>();
    final List<VersionFramework> frameworks = new ArrayList<>();
    final List<AuditEvent> audit = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Optional<PluginRecord> plugin(String pluginId) {
        return plugins.stream().filter(p -> p.pluginId().equals(pluginId)).findFirst();
    }

    @Override
    public List<PluginRecord> plugins() {
        return List.copyOf(plugins);
    }

    @Override
    public void add(PluginRecord plugin) {
        plugins.add(plugin);
    }

    @Override
    public void remove(PluginRecord plugin) {
        plugins.remove(plugin);
    }

    @Override
    public List<PluginVersion> versions(String pluginId) {
        return versions.stream().filter(v -> v.pluginId().equals(pluginId)).toList();
    }

    @Override
    public List<PluginVersion> allVersions() {
        return List.copyOf(versions);
    }

    @Override
    public Optional<PluginVersion> version(String pluginId, String version) {
        return versions.stream().filter(v -> v.pluginId().equals(pluginId) && v.version().equals(version)).findFirst();
    }

    @Override
    public Optional<PluginVersion> versionBySha(String sha256) {
        return versions.stream().filter(v -> v.sha256().equals(sha256)).findFirst();
    }

    @Override
    public long countBySha(String sha256) {
        return versions.stream().filter(v -> v.sha256().equals(sha256)).count();
    }

    @Override
    public void add(PluginVersion version) {
        set(version, "id", ids.incrementAndGet());
        versions.add(version);
    }

    @Override
    public void remove(PluginVersion version) {
        frameworks.removeIf(f -> f.versionId() == version.id());
        versions.remove(version);
    }

    @Override
    public void add(VersionFramework framework) {
        frameworks.add(framework);
    }

    @Override
    public List<VersionFramework> frameworks(long versionId) {
        return frameworks.stream().filter(f -> f.versionId() == versionId).toList();
    }

    @Override
    public void flush() {
        // nothing to write
    }

    @Override
    public void record(AuditEvent event) {
        audit.add(event);
    }

    @Override
    public void recordLogin(String username, boolean success, String reason) {}

    @Override
    public void recordLogout(String username) {}

    @Override
    public Page<AuditRecord> search(AuditQuery query) {
        return new Page<>(List.of(), 0, 0, 1);
    }

    List<String> auditActions(String entityId) {
        return audit.stream().filter(e -> Objects.equals(e.entityId(), entityId)).map(AuditEvent::action).toList();
    }

    /** A do-nothing implementation of any interface (CDI events, MicroProfile Config). */
    @SuppressWarnings("unchecked")
    static <T> T inert(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getReturnType() == Iterable.class) {
                return List.of();
            }
            if (method.getReturnType() == Optional.class) {
                return Optional.empty();
            }
            return null;
        });
    }

    static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
