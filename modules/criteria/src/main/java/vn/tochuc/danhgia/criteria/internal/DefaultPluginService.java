package vn.tochuc.danhgia.criteria.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Supplier;
import vn.tochuc.danhgia.criteria.DropInRefusal;
import vn.tochuc.danhgia.criteria.FindingView;
import vn.tochuc.danhgia.criteria.InstallResult;
import vn.tochuc.danhgia.criteria.PluginService;
import vn.tochuc.danhgia.criteria.PluginView;
import vn.tochuc.danhgia.criteria.internal.PluginInstaller.Installed;
import vn.tochuc.danhgia.kernel.AppException;

/**
 * The plugin operations. Each runs under the registry's lock (one plugin change at a time), checks before it writes,
 * and changes the loaded plugins only after its transaction has succeeded. The work is the use cases':
 * {@link PluginInstaller}, {@link PluginActivation} (enable, disable, rollback), {@link PluginVersionRemoval} and
 * {@link PluginBoot} (the plugins directory).
 */
@ApplicationScoped
public class DefaultPluginService implements PluginService {

    @Inject
    PluginBoot boot;

    @Inject
    PluginRegistry registry;

    @Inject
    PluginInstaller installer;

    @Inject
    PluginActivation activation;

    @Inject
    PluginVersionRemoval removal;

    @Inject
    PluginViews views;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PluginView> plugins() {
        boot.ensureStarted();
        return views.all();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public PluginView plugin(String pluginId) {
        boot.ensureStarted();
        return view(pluginId);
    }

    @Override
    public InstallResult install(String fileName, byte[] content) {
        boot.ensureStarted();
        return locked(() -> {
            Installed installed = installer.install(fileName, content);
            PluginView plugin = view(installed.version().pluginId());
            return new InstallResult(plugin, plugin.version(installed.version().version()).orElseThrow(),
                    installed.warnings().stream().map(FindingView::of).toList());
        });
    }

    @Override
    public PluginView enable(String pluginId, String version, Long revision) {
        boot.ensureStarted();
        return locked(() -> {
            activation.enable(pluginId, version, revision);
            return view(pluginId);
        });
    }

    @Override
    public PluginView disable(String pluginId, String version, Long revision) {
        boot.ensureStarted();
        return locked(() -> {
            activation.disable(pluginId, version, revision);
            return view(pluginId);
        });
    }

    @Override
    public PluginView rollback(String pluginId, Long revision) {
        boot.ensureStarted();
        return locked(() -> {
            activation.rollback(pluginId, revision);
            return view(pluginId);
        });
    }

    @Override
    public PluginView deleteVersion(String pluginId, String version, Long revision) {
        boot.ensureStarted();
        return locked(() -> removal.delete(pluginId, version, revision) ? null : view(pluginId));
    }

    @Override
    public List<DropInRefusal> scanPluginsDirectory() {
        boot.ensureStarted();
        boot.scanDropIns();
        return boot.refusals();
    }

    @Override
    public List<DropInRefusal> refusedDropIns() {
        return boot.refusals();
    }

    private PluginView view(String pluginId) {
        return views.one(pluginId)
                .orElseThrow(() -> AppException.notFound("criteria.error.plugin-not-found", pluginId));
    }

    private <T> T locked(Supplier<T> work) {
        registry.lock().lock();
        try {
            return work.get();
        } finally {
            registry.lock().unlock();
        }
    }
}
