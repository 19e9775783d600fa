package vn.tochuc.danhgia.frameworks.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.criteria.FrameworkSnapshot;
import vn.tochuc.danhgia.frameworks.PersonView;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.frameworks.domain.ContentJson;
import vn.tochuc.danhgia.frameworks.domain.ReviewRound;
import vn.tochuc.danhgia.frameworks.domain.UnitFramework;
import vn.tochuc.danhgia.kernel.CanonicalJson;

/**
 * The frozen documents: a round's submitted content, and the approved framework that embeds the approved round's
 * content unchanged together with the plugin version and snapshot it was set against.
 */
final class Contents {

    private Contents() {}

    /** {@code {"deputyField":…,"person":{…}|null,"subjectType":…,"targets":{…},"unitCode":…,"year":…}}. */
    static String round(UnitFramework f, PersonView person, Map<String, List<TargetRow>> targets) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("unitCode", f.unitCode());
        content.put("year", f.year());
        content.put("subjectType", f.subjectType());
        content.put("person", person == null ? null : person(person));
        content.put("deputyField", FrameworkViews.deputyField(f, person));
        content.put(ContentJson.TARGETS, ContentJson.targetsValue(targets));
        return CanonicalJson.write(content);
    }

    private static Map<String, Object> person(PersonView p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", p.fullName());
        m.put("title", p.title());
        m.put("field", p.field());
        return m;
    }

    /**
     * {@code {"approvedAt":…,"approvedBy":…,"content":{the round's content},"framework":{"pluginId":…,
     * "pluginVersion":…,"sha256":…,"snapshotId":…,"title":…},"round":n,"unitName":…}}.
     */
    static String approved(ReviewRound round, FrameworkSnapshot snapshot, String unitName, String by, Instant at) {
        Map<String, Object> framework = new LinkedHashMap<>();
        framework.put("pluginId", snapshot.pluginId());
        framework.put("pluginVersion", snapshot.pluginVersion());
        framework.put("snapshotId", snapshot.id());
        framework.put("sha256", snapshot.sha256());
        framework.put("title", snapshot.framework().title());
        Map<String, Object> approved = new LinkedHashMap<>();
        approved.put("approvedAt", at.toString());
        approved.put("approvedBy", by);
        approved.put("content", new CanonicalJson.Raw(round.contentJson()));
        approved.put("framework", framework);
        approved.put("round", round.number());
        approved.put("unitName", unitName);
        return CanonicalJson.write(approved);
    }
}
