package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.criteria.FrameworkSnapshot;
import vn.tochuc.danhgia.frameworks.Decision;
import vn.tochuc.danhgia.frameworks.FrameworkApproved;
import vn.tochuc.danhgia.frameworks.FrameworkReturned;
import vn.tochuc.danhgia.frameworks.Remark;
import vn.tochuc.danhgia.frameworks.ReviewDecision;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.frameworks.UnitFrameworkView;
import vn.tochuc.danhgia.frameworks.domain.Approval;
import vn.tochuc.danhgia.frameworks.domain.ContentJson;
import vn.tochuc.danhgia.frameworks.domain.FrameworkRepository;
import vn.tochuc.danhgia.frameworks.domain.Lifecycle;
import vn.tochuc.danhgia.frameworks.domain.RemarkEntry;
import vn.tochuc.danhgia.frameworks.domain.ReviewRound;
import vn.tochuc.danhgia.frameworks.domain.UnitFramework;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.CanonicalJson;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.units.UnitDirectory;
import vn.tochuc.danhgia.units.UnitView;

/**
 * The Board's decision on the pending round: remarks are checked against the content actually submitted (a remark
 * names a criterion of it and, optionally, one of its targets); approval freezes the approved content with the
 * plugin version and snapshot it was set against. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class BoardReview {

    static final int MAX_TEXT = 2000;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    FrameworkViews views;

    @Inject
    UnitDirectory units;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    ReviewNotices notices;

    @Inject
    Event<FrameworkReturned> returned;

    @Inject
    Event<FrameworkApproved> approved;

    public UnitFrameworkView decide(long id, ReviewDecision d) {
        access.requireBoard();
        Checks.start().required("decision", d.decision()).maxLength("comment", d.comment(), MAX_TEXT).throwIfAny();
        UnitFramework f = frameworks.findForUpdate(id)
                .orElseThrow(() -> AppException.notFound("frameworks.error.not-found", id));
        if (d.version() != null) {
            StoredFrameworks.checkVersion(f, d.version());
        }
        Lifecycle.afterReview(f.state(), d.decision());
        List<ReviewRound> rounds = frameworks.rounds(f.id());
        ReviewRound round = rounds.get(rounds.size() - 1);
        FrameworkSnapshot snapshot = views.snapshot(f);
        Map<String, List<TargetRow>> content = ContentJson.readTargets(round.contentJson(),
                FrameworkViews.concretized(snapshot.framework()));
        List<RemarkEntry> remarks = remarks(d.remarks(), content);
        if (d.decision() == Decision.RETURN && remarks.isEmpty() && d.comment().isEmpty()) {
            throw AppException.invalid(List.of(FieldError.of("remarks", "frameworks.error.return-needs-remark")));
        }
        Instant now = Instant.now();
        String by = access.username();
        f.decide(d.decision(), by, now);
        round.decide(d.decision(), d.comment(), remarks, by, now);
        String sha = null;
        if (d.decision() == Decision.APPROVE) {
            String unitName = units.find(f.unitCode()).map(UnitView::name).orElse(f.unitCode());
            String json = Contents.approved(round, snapshot, unitName, by, now);
            sha = CanonicalJson.sha256(json);
            frameworks.add(new Approval(f.id(), round.number(), snapshot.id(), snapshot.pluginId(),
                    snapshot.pluginVersion(), snapshot.sha256(), json, sha, by, now));
        }
        frameworks.flush();
        AuditSummary summary = sha == null
                ? AuditSummary.of("frameworks.audit.reviewed", round.number(), remarks.size())
                : AuditSummary.of("frameworks.audit.approved", round.number(), remarks.size(), sha);
        audit.record(new AuditEvent(d.decision().name(), FrameworkAudit.ENTITY, Long.toString(f.id()), "", null,
                FrameworkAudit.snapshot(f), summary));
        if (d.decision() == Decision.APPROVE) {
            approved.fire(new FrameworkApproved(f.id(), f.unitCode(), sha));
        } else {
            returned.fire(new FrameworkReturned(f.id(), f.unitCode(), round.number()));
        }
        notices.decided(f, d.decision(), remarks.size());
        return views.view(f);
    }

    /** The remarks, each naming a criterion of the submitted content and optionally one of its targets. */
    private static List<RemarkEntry> remarks(List<Remark> given, Map<String, List<TargetRow>> content) {
        Checks checks = Checks.start();
        List<RemarkEntry> entries = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Remark r = given.get(i);
            String at = "remarks[" + i + "]";
            if (r == null) {
                checks.add(FieldError.of(at, "error.field.required"));
                continue;
            }
            String text = r.text() == null ? "" : r.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            checks.maxLength(at + ".text", text, MAX_TEXT);
            String code = r.criterionCode() == null ? "" : r.criterionCode().strip();
            List<TargetRow> targets = content.get(code);
            if (!code.isEmpty() && targets == null) {
                checks.add(FieldError.of(at + ".criterionCode", "frameworks.error.remark-criterion", code));
                continue;
            }
            Integer index = r.targetIndex();
            if (index != null && (targets == null || index < 0 || index >= targets.size())) {
                checks.add(FieldError.of(at + ".targetIndex", "frameworks.error.remark-target", code,
                        index + 1));
                continue;
            }
            entries.add(new RemarkEntry(code, index, index == null ? "" : targets.get(index).title(), text));
        }
        checks.throwIfAny();
        return entries;
    }
}
