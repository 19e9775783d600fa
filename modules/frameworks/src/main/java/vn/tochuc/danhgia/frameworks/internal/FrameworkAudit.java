package vn.tochuc.danhgia.frameworks.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.tochuc.danhgia.frameworks.domain.UnitFramework;
import vn.tochuc.danhgia.kernel.CanonicalJson;

/**
 * What the audit log holds of a unit framework: the entity name and a short snapshot of the framework. The targets
 * themselves are logged only as a hash: their text is kept, versioned, in the review rounds.
 */
final class FrameworkAudit {

    static final String ENTITY = "unit-framework";

    private FrameworkAudit() {}

    static Map<String, Object> snapshot(UnitFramework f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", f.unitCode());
        m.put("year", f.year());
        m.put("subject", f.subjectType().name());
        m.put("person", f.personId());
        m.put("state", f.state().name());
        m.put("plugin", f.pluginId() + "@" + f.pluginVersion());
        m.put("snapshot", f.snapshotId());
        return m;
    }

    static Map<String, Object> digest(String draftJson) {
        return Map.of("targetsSha256", CanonicalJson.sha256(draftJson));
    }
}
