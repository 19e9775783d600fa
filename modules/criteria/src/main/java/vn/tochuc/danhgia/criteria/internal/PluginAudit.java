package vn.tochuc.danhgia.criteria.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tochuc.danhgia.criteria.check.Finding;
import vn.tochuc.danhgia.criteria.domain.PluginVersion;

/** What the audit log holds of plugin versions: the entity name, the version's key and a short snapshot. */
final class PluginAudit {

    static final String ENTITY = "criteria-plugin";

    private PluginAudit() {}

    static String key(PluginVersion v) {
        return v.pluginId() + "@" + v.version();
    }

    /** What the audit log keeps of a version: never the report's texts, which can be long. */
    static Map<String, Object> snapshot(PluginVersion v, boolean active) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pluginId", v.pluginId());
        m.put("version", v.version());
        m.put("state", v.state().name());
        m.put("active", active);
        m.put("sha256", v.sha256());
        m.put("spiVersion", v.spiVersion());
        m.put("fileName", v.fileName());
        m.put("years", v.yearFrom() + "-" + v.yearTo());
        return m;
    }

    /** The errors of a report, each as "code: message", in one language: why a version failed. */
    static String reason(List<Finding> report, Locale locale) {
        return report.stream().filter(Finding::isError).map(f -> f.code() + ": " + f.message(locale))
                .reduce((a, b) -> a + " | " + b).orElse("");
    }
}
