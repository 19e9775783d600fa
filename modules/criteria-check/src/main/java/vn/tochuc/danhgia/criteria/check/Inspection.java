package vn.tochuc.danhgia.criteria.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;

/**
 * What {@link PluginChecker#inspect} got from a plugin, and the report on it. The descriptor, plugin and frameworks
 * are {@code null} or empty when the plugin failed before returning them.
 */
public record Inspection(
        PluginDescriptor descriptor, CriteriaPlugin plugin, List<Framework> frameworks, CheckReport report) {

    public Inspection {
        // a copy that tolerates the null entries a faulty plugin may return, so the report can name them
        frameworks = frameworks == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(frameworks));
    }

    /** Whether the plugin may be enabled: it answered every call and the report has no error. */
    public boolean ok() {
        return plugin != null && report.ok();
    }
}
