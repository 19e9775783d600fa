package vn.tochuc.danhgia.criteria.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.tochuc.danhgia.criteria.DropInRefusal;
import vn.tochuc.danhgia.criteria.FindingView;
import vn.tochuc.danhgia.criteria.InstallResult;
import vn.tochuc.danhgia.criteria.PluginRefused;
import vn.tochuc.danhgia.criteria.PluginService;
import vn.tochuc.danhgia.criteria.PluginView;
import vn.tochuc.danhgia.criteria.internal.PluginSettings;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.kernel.web.FacesErrors;

/**
 * Backs {@code it/plugins.xhtml}: every installed version, upload with the check report, and the actions. Each action
 * sends the plugin's revision as read, so a change made meanwhile by someone else is refused instead of overridden.
 */
@Named
@ViewScoped
public class PluginsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PluginService plugins;

    @Inject
    transient PluginSettings settings;

    private List<VersionRow> rows;
    private List<DropInRefusal> refusals;
    private List<FindingView> report = List.of();
    private String reportTitle;
    private boolean reportRefused;

    @PostConstruct
    public void load() {
        List<VersionRow> list = new ArrayList<>();
        for (PluginView plugin : plugins.plugins()) {
            for (int i = 0; i < plugin.versions().size(); i++) {
                list.add(new VersionRow(plugin, plugin.versions().get(i), i == 0));
            }
        }
        rows = list;
        refusals = plugins.refusedDropIns();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            InstallResult result = plugins.install(file.getFileName(), file.getContent());
            report = result.findings();
            reportRefused = false;
            reportTitle = result.version().pluginId() + " " + result.version().version();
            FacesErrors.info("criteria.plugins.installed", result.version().pluginId(), result.version().version());
            load();
        } catch (PluginRefused e) {
            report = e.findings();
            reportRefused = true;
            reportTitle = file.getFileName();
            FacesErrors.show(new AppException(e.kind(), e.key(), e.args(), List.of()));
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void use(VersionRow row) {
        act(() -> plugins.enable(row.version().pluginId(), row.version().version(), row.plugin().revision()),
                "criteria.plugins.done.enable", row.version().pluginId(), row.version().version());
    }

    public void disable(VersionRow row) {
        act(() -> plugins.disable(row.version().pluginId(), row.version().version(), row.plugin().revision()),
                "criteria.plugins.done.disable", row.version().pluginId(), row.version().version());
    }

    public void rollback(VersionRow row) {
        try {
            PluginView after = plugins.rollback(row.plugin().pluginId(), row.plugin().revision());
            FacesErrors.info("criteria.plugins.done.rollback", after.pluginId(), after.activeVersion());
            load();
        } catch (AppException e) {
            show(e);
        }
    }

    public void delete(VersionRow row) {
        act(() -> plugins.deleteVersion(row.version().pluginId(), row.version().version(), row.plugin().revision()),
                "criteria.plugins.done.delete", row.version().pluginId(), row.version().version());
    }

    public void scan() {
        plugins.scanPluginsDirectory();
        FacesErrors.info("criteria.plugins.scanned");
        load();
    }

    private void act(Supplier<PluginView> action, String doneKey, Object... args) {
        try {
            action.get();
            FacesErrors.info(doneKey, args);
            load();
        } catch (AppException e) {
            show(e);
        }
    }

    private void show(AppException e) {
        if (e instanceof PluginRefused refused) {
            report = refused.findings();
            reportRefused = true;
            reportTitle = "";
            FacesErrors.show(new AppException(e.kind(), e.key(), e.args(), List.of()));
        } else {
            FacesErrors.show(e);
        }
        load();
    }

    /** A message with one argument, in the screen's language (confirmation texts). */
    public String text(String key, String arg) {
        return Messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arg);
    }

    public List<VersionRow> getRows() {
        return rows;
    }

    public List<DropInRefusal> getRefusals() {
        return refusals;
    }

    public List<FindingView> getReport() {
        return report;
    }

    public String getReportTitle() {
        return reportTitle;
    }

    public boolean isReportRefused() {
        return reportRefused;
    }

    public long getMaxBytes() {
        return settings.maxUploadBytes();
    }

    public long getMaxMegabytes() {
        return settings.maxUploadBytes() / (1024 * 1024);
    }
}
