package vn.tochuc.danhgia.criteria.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.PluginConfig;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;

/** The consistency check of a loaded plugin, as the host runs it before enabling the plugin. */
public final class PluginChecker {

    private PluginChecker() {}

    /** Checks what a plugin declared: its descriptor and its frameworks. */
    public static CheckReport check(PluginDescriptor descriptor, List<Framework> frameworks) {
        List<Finding> findings = new ArrayList<>(DescriptorCheck.check(descriptor));
        findings.addAll(FrameworkCheck.check(frameworks));
        return CheckReport.of(findings);
    }

    /**
     * Runs a freshly loaded factory through its lifecycle up to a usable plugin: {@code descriptor()},
     * {@code init(config)}, {@code create()}, {@code frameworks()}, checking each answer. An exception from the
     * plugin (or a linkage error, typical of a plugin built against another SPI) becomes a finding and stops there.
     * The factory is left initialised: the caller closes it when the inspection is not {@link Inspection#ok()}.
     * Time limits are the caller's: run this on a thread you can abandon.
     */
    public static Inspection inspect(CriteriaPluginFactory factory, PluginConfig config) {
        List<Finding> findings = new ArrayList<>();
        PluginDescriptor descriptor = call(factory::descriptor, FindingCode.PLUGIN_DESCRIPTOR_FAILED, findings);
        if (descriptor == null) {
            return new Inspection(null, null, List.of(), CheckReport.of(findings));
        }
        findings.addAll(DescriptorCheck.check(descriptor));
        Boolean initialised = call(() -> {
            factory.init(config == null ? PluginConfig.empty() : config);
            return Boolean.TRUE;
        }, FindingCode.PLUGIN_INIT_FAILED, findings);
        CriteriaPlugin plugin = initialised == null ? null
                : call(factory::create, FindingCode.PLUGIN_CREATE_FAILED, findings);
        List<Framework> frameworks = plugin == null ? null
                : call(plugin::frameworks, FindingCode.PLUGIN_FRAMEWORKS_FAILED, findings);
        if (frameworks == null) {
            return new Inspection(descriptor, null, List.of(), CheckReport.of(findings));
        }
        findings.addAll(FrameworkCheck.check(frameworks));
        return new Inspection(descriptor, plugin, frameworks, CheckReport.of(findings));
    }

    /** Calls plugin code; a throw or a {@code null} answer becomes a finding and a {@code null} result. */
    static <T> T call(Supplier<T> pluginCode, FindingCode onFailure, List<Finding> findings) {
        try {
            T result = pluginCode.get();
            if (result == null) {
                findings.add(onFailure.about(null, null, null, "null"));
            }
            return result;
        } catch (RuntimeException | LinkageError e) {
            findings.add(onFailure.about(null, null, null, describe(e)));
            return null;
        }
    }

    static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getClass().getName() + ": " + e.getMessage();
    }
}
