package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.criteria.FrameworkSnapshot;
import vn.tochuc.danhgia.criteria.FrameworkSnapshots;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.frameworks.ApprovedFramework;
import vn.tochuc.danhgia.frameworks.CheckResult;
import vn.tochuc.danhgia.frameworks.FrameworkEdit;
import vn.tochuc.danhgia.frameworks.FrameworkRow;
import vn.tochuc.danhgia.frameworks.FrameworkSaved;
import vn.tochuc.danhgia.frameworks.FrameworkStarted;
import vn.tochuc.danhgia.frameworks.FrameworkSubmitted;
import vn.tochuc.danhgia.frameworks.PersonRole;
import vn.tochuc.danhgia.frameworks.PersonView;
import vn.tochuc.danhgia.frameworks.ReviewDecision;
import vn.tochuc.danhgia.frameworks.StartRequest;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.frameworks.UnitFrameworkService;
import vn.tochuc.danhgia.frameworks.UnitFrameworkView;
import vn.tochuc.danhgia.frameworks.domain.ContentJson;
import vn.tochuc.danhgia.frameworks.domain.FrameworkRepository;
import vn.tochuc.danhgia.frameworks.domain.Lifecycle;
import vn.tochuc.danhgia.frameworks.domain.Person;
import vn.tochuc.danhgia.frameworks.domain.PersonRepository;
import vn.tochuc.danhgia.frameworks.domain.ReviewRound;
import vn.tochuc.danhgia.frameworks.domain.UnitFramework;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.CanonicalJson;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * The unit's side (start, save, check, submit) and the reads. The Board's decision is {@link BoardReview}'s.
 * Every write validates first, then writes, audits and announces in one transaction.
 */
@ApplicationScoped
public class DefaultUnitFrameworkService implements UnitFrameworkService {

    static final String ENTITY = "unit-framework";

    @Inject
    FrameworkRepository frameworks;

    @Inject
    PersonRepository people;

    @Inject
    FrameworkSnapshots snapshots;

    @Inject
    FrameworkViews views;

    @Inject
    Overview overview;

    @Inject
    BoardReview boardReview;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    Event<FrameworkStarted> started;

    @Inject
    Event<FrameworkSaved> saved;

    @Inject
    Event<FrameworkSubmitted> submitted;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FrameworkRow> subjects(String unitCode, int year) {
        access.requireRead(unitCode);
        return overview.unitRows(unitCode, Years.check(year));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FrameworkRow> overview(int year) {
        access.requireBoard();
        return overview.allRows(Years.check(year));
    }

    @Override
    @Transactional
    public UnitFrameworkView start(StartRequest request) {
        String unit = access.myUnit();
        Checks.start().required("year", request.year()).required("subjectType", request.subjectType()).throwIfAny();
        int year = Years.check(request.year());
        SubjectType subject = request.subjectType();
        Long personId = personFor(unit, year, subject, request.personId());
        var existing = frameworks.find(unit, year, subject, personId);
        if (existing.isPresent()) {
            throw AppException.conflict("frameworks.error.already-started", existing.get().id());
        }
        FrameworkSnapshot snapshot = snapshots.useFor(unit, year, subject,
                UnitFramework.snapshotUser(unit, year, subject, personId));
        UnitFramework f = new UnitFramework(unit, year, subject, personId, snapshot.id(), snapshot.pluginId(),
                snapshot.pluginVersion(), ContentJson.draft(Map.of()), access.username(), Instant.now());
        frameworks.add(f);
        frameworks.flush();
        audit.record(AuditEvent.created(ENTITY, Long.toString(f.id()), summary(f)));
        started.fire(new FrameworkStarted(f.id(), unit, year, subject.name()));
        return views.view(f);
    }

    /** A deputy's framework needs one of the unit's deputies of that year; the others take no person. */
    private Long personFor(String unit, int year, SubjectType subject, Long personId) {
        if (subject != SubjectType.DEPUTY) {
            if (personId != null) {
                throw AppException.invalid(List.of(FieldError.of("personId", "frameworks.error.person-not-allowed")));
            }
            return null;
        }
        if (personId == null) {
            throw AppException.invalid(List.of(FieldError.of("personId", "frameworks.error.deputy-required")));
        }
        Person person = people.find(personId).filter(p -> p.unitCode().equals(unit) && p.year() == year
                && p.role() == PersonRole.DEPUTY).orElseThrow(() -> AppException.invalid(List.of(
                        FieldError.of("personId", "frameworks.error.deputy-unknown", personId))));
        return person.id();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitFrameworkView get(long id) {
        UnitFramework f = existing(id);
        access.requireRead(f.unitCode());
        return views.view(f);
    }

    @Override
    @Transactional
    public UnitFrameworkView save(long id, FrameworkEdit edit) {
        UnitFramework f = existingForUpdate(id);
        access.requireOwn(f.unitCode());
        Checks.start().required("version", edit.version()).throwIfAny();
        Lifecycle.requireEditable(f.state());
        checkVersion(f, edit.version());
        Map<String, List<TargetRow>> targets = validated(f, edit.targets());
        String before = f.draftJson();
        f.save(ContentJson.draft(targets), access.username(), Instant.now());
        frameworks.flush();
        audit.record(AuditEvent.updated(ENTITY, Long.toString(f.id()), digest(before), digest(f.draftJson())));
        saved.fire(new FrameworkSaved(f.id(), f.unitCode()));
        return views.view(f);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckResult check(long id, Map<String, List<TargetRow>> targets) {
        UnitFramework f = existing(id);
        access.requireOwn(f.unitCode());
        FrameworkSnapshot snapshot = views.snapshot(f);
        Map<String, List<TargetRow>> normalized = TargetRules.normalized(targets,
                FrameworkViews.concretized(snapshot.framework()));
        return views.check(f, snapshot.framework(), FrameworkViews.deputyField(f, views.person(f)), normalized);
    }

    @Override
    @Transactional
    public UnitFrameworkView submit(long id, Long version) {
        UnitFramework f = existingForUpdate(id);
        access.requireOwn(f.unitCode());
        if (version != null) {
            checkVersion(f, version);
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
        audit.record(new AuditEvent("SUBMIT", ENTITY, Long.toString(f.id()),
                "round " + number + (check.agencyCheckRan() ? "" : ", agency check did not run"), null,
                summary(f)));
        submitted.fire(new FrameworkSubmitted(f.id(), f.unitCode(), number));
        return views.view(f);
    }

    @Override
    @Transactional
    public UnitFrameworkView review(long id, ReviewDecision decision) {
        return boardReview.decide(id, decision);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ApprovedFramework approved(long id) {
        UnitFramework f = existing(id);
        access.requireRead(f.unitCode());
        return frameworks.approval(id).map(a -> new ApprovedFramework(id, a.json(), a.sha256()))
                .orElseThrow(() -> AppException.conflict("frameworks.error.not-approved"));
    }

    /** Only criteria the frozen framework concretizes, values that can be stored; criteria in framework order. */
    private Map<String, List<TargetRow>> validated(UnitFramework f, Map<String, List<TargetRow>> targets) {
        List<String> order = FrameworkViews.concretized(views.snapshot(f).framework());
        TargetRules.validate(targets, new HashSet<>(order)).throwIfAny();
        return TargetRules.normalized(targets, order);
    }

    UnitFramework existing(long id) {
        return frameworks.find(id).orElseThrow(() -> AppException.notFound("frameworks.error.not-found", id));
    }

    UnitFramework existingForUpdate(long id) {
        UnitFramework f = existing(id);
        access.requireRead(f.unitCode());
        return frameworks.findForUpdate(id).orElseThrow(() -> AppException.notFound("frameworks.error.not-found", id));
    }

    static void checkVersion(UnitFramework f, Long sent) {
        if (sent == null || sent != f.version()) {
            throw AppException.conflict("error.conflict.version", f.version(), sent);
        }
    }

    static Map<String, Object> summary(UnitFramework f) {
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

    private static Map<String, Object> digest(String draftJson) {
        return Map.of("targetsSha256", CanonicalJson.sha256(draftJson));
    }
}
