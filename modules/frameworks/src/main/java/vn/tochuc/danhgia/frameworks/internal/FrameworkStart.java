package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.criteria.FrameworkSnapshot;
import vn.tochuc.danhgia.criteria.FrameworkSnapshots;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.frameworks.FrameworkStarted;
import vn.tochuc.danhgia.frameworks.PersonRole;
import vn.tochuc.danhgia.frameworks.StartRequest;
import vn.tochuc.danhgia.frameworks.UnitFrameworkView;
import vn.tochuc.danhgia.frameworks.domain.ContentJson;
import vn.tochuc.danhgia.frameworks.domain.FrameworkRepository;
import vn.tochuc.danhgia.frameworks.domain.Person;
import vn.tochuc.danhgia.frameworks.domain.PersonRepository;
import vn.tochuc.danhgia.frameworks.domain.UnitFramework;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.FieldError;

/**
 * A unit starts one of its frameworks of a year: the criteria framework assigned to it is frozen as a snapshot, and
 * the framework starts as an empty draft against that snapshot, whatever plugin version comes later.
 */
@ApplicationScoped
public class FrameworkStart {

    @Inject
    PersonRepository people;

    @Inject
    FrameworkSnapshots snapshots;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    FrameworkViews views;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    Event<FrameworkStarted> started;

    UnitFrameworkView start(StartRequest request) {
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
        audit.record(AuditEvent.created(FrameworkAudit.ENTITY, Long.toString(f.id()), FrameworkAudit.snapshot(f)));
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
}
