package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.criteria.FrameworkSnapshot;
import vn.tochuc.danhgia.frameworks.CheckResult;
import vn.tochuc.danhgia.frameworks.FrameworkSubmitted;
import vn.tochuc.danhgia.frameworks.PersonView;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.frameworks.UnitFrameworkView;
import vn.tochuc.danhgia.frameworks.domain.ContentJson;
import vn.tochuc.danhgia.frameworks.domain.FrameworkRepository;
import vn.tochuc.danhgia.frameworks.domain.Lifecycle;
import vn.tochuc.danhgia.frameworks.domain.ReviewRound;
import vn.tochuc.danhgia.frameworks.domain.UnitFramework;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.CanonicalJson;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * A unit submits its saved draft for the Board's review: the draft must pass the checks, and what was submitted is
 * kept as a new review round with its hash, so that the Board's remarks and approval refer to exactly that content.
 */
@ApplicationScoped
public class FrameworkSubmission {

    @Inject
    StoredFrameworks stored;

    @Inject
    FrameworkViews views;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    Event<FrameworkSubmitted> submitted;

    UnitFrameworkView submit(long id, Long version) {
        UnitFramework f = stored.existingForUpdate(id);
        access.requireOwn(f.unitCode());
        if (version != null) {
            StoredFrameworks.checkVersion(f, version);
        }
        Lifecycle.afterSubmit(f.state());
        FrameworkSnapshot snapshot = views.snapshot(f);
        Map<String, List<TargetRow>> targets = ContentJson.readTargets(f.draftJson(),
                FrameworkViews.concretized(snapshot.framework()));
        PersonView person = views.person(f);
        CheckResult check = views.check(f, snapshot.framework(), FrameworkViews.deputyField(f, person), targets);
        if (!check.ok()) {
            throw new AppException(ErrorKind.INVALID, "frameworks.error.check-failed",
                    List.of(check.errors().size(),
                            Messages.key("frameworks.subject." + f.subjectType().name())), TargetRules.errors(check.findings()));
        }
        Instant now = Instant.now();
        int number = f.submit(access.username(), now);
        String content = Contents.round(f, person, targets);
        frameworks.add(new ReviewRound(f.id(), number, content, CanonicalJson.sha256(content), check.agencyCheckRan(),
                access.username(), now));
        frameworks.flush();
        AuditSummary summary = AuditSummary.of(check.agencyCheckRan() ? "frameworks.audit.submitted"
                : "frameworks.audit.submitted-unchecked", number);
        audit.record(new AuditEvent("SUBMIT", FrameworkAudit.ENTITY, Long.toString(f.id()), "", null,
                FrameworkAudit.snapshot(f), summary));
        submitted.fire(new FrameworkSubmitted(f.id(), f.unitCode(), number));
        return views.view(f);
    }
}
