package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.criteria.FrameworkSnapshot;
import vn.tochuc.danhgia.frameworks.CheckResult;
import vn.tochuc.danhgia.frameworks.FrameworkEdit;
import vn.tochuc.danhgia.frameworks.FrameworkSaved;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.frameworks.UnitFrameworkView;
import vn.tochuc.danhgia.frameworks.domain.ContentJson;
import vn.tochuc.danhgia.frameworks.domain.FrameworkRepository;
import vn.tochuc.danhgia.frameworks.domain.Lifecycle;
import vn.tochuc.danhgia.frameworks.domain.UnitFramework;
import vn.tochuc.danhgia.kernel.Checks;

/**
 * The unit's draft of a framework: saving its targets (while it may be edited, in the version the unit read) and
 * checking them against the frozen framework and the plugin's own check without saving.
 */
@ApplicationScoped
public class FrameworkDrafts {

    @Inject
    StoredFrameworks stored;

    @Inject
    Access access;

    @Inject
    FrameworkViews views;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    Event<FrameworkSaved> saved;

    @Inject
    AuditLog audit;

    UnitFrameworkView save(long id, FrameworkEdit edit) {
        UnitFramework f = stored.existingForUpdate(id);
        access.requireOwn(f.unitCode());
        Checks.start().required("version", edit.version()).throwIfAny();
        Lifecycle.requireEditable(f.state());
        StoredFrameworks.checkVersion(f, edit.version());
        Map<String, List<TargetRow>> targets = validated(f, edit.targets());
        String before = f.draftJson();
        f.save(ContentJson.draft(targets), access.username(), Instant.now());
        frameworks.flush();
        audit.record(AuditEvent.updated(FrameworkAudit.ENTITY, Long.toString(f.id()), FrameworkAudit.digest(before),
                FrameworkAudit.digest(f.draftJson())));
        saved.fire(new FrameworkSaved(f.id(), f.unitCode()));
        return views.view(f);
    }

    CheckResult check(long id, Map<String, List<TargetRow>> targets) {
        UnitFramework f = stored.existing(id);
        access.requireOwn(f.unitCode());
        FrameworkSnapshot snapshot = views.snapshot(f);
        Map<String, List<TargetRow>> normalized = TargetRules.normalized(targets,
                FrameworkViews.concretized(snapshot.framework()));
        return views.check(f, snapshot.framework(), FrameworkViews.deputyField(f, views.person(f)), normalized);
    }

    /** Only criteria the frozen framework concretizes, values that can be stored; criteria in framework order. */
    private Map<String, List<TargetRow>> validated(UnitFramework f, Map<String, List<TargetRow>> targets) {
        List<String> order = FrameworkViews.concretized(views.snapshot(f).framework());
        TargetRules.validate(targets, new HashSet<>(order)).throwIfAny();
        return TargetRules.normalized(targets, order);
    }
}
