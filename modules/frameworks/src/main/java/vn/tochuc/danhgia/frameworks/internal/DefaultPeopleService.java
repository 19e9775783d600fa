package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.criteria.FrameworkSnapshots;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.frameworks.FrameworkState;
import vn.tochuc.danhgia.frameworks.PeopleService;
import vn.tochuc.danhgia.frameworks.PersonDraft;
import vn.tochuc.danhgia.frameworks.PersonRemoved;
import vn.tochuc.danhgia.frameworks.PersonRole;
import vn.tochuc.danhgia.frameworks.PersonSaved;
import vn.tochuc.danhgia.frameworks.PersonView;
import vn.tochuc.danhgia.frameworks.domain.FrameworkRepository;
import vn.tochuc.danhgia.frameworks.domain.Person;
import vn.tochuc.danhgia.frameworks.domain.PersonRepository;
import vn.tochuc.danhgia.frameworks.domain.UnitFramework;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;

/**
 * A unit's chief and deputies per year. A person is part of what the Board reviews (a deputy's field decides what
 * the plugin expects), so they cannot be changed or removed while their framework is submitted or approved.
 */
@ApplicationScoped
public class DefaultPeopleService implements PeopleService {

    static final String ENTITY = "framework-person";

    @Inject
    PersonRepository people;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    FrameworkSnapshots snapshots;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    Event<PersonSaved> saved;

    @Inject
    Event<PersonRemoved> removed;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonView> list(String unitCode, int year) {
        access.requireRead(unitCode);
        return people.of(unitCode, Years.check(year)).stream().map(FrameworkViews::person).toList();
    }

    @Override
    @Transactional
    public PersonView add(PersonDraft draft) {
        String unit = access.myUnit();
        Checks checks = Checks.start().required("year", draft.year()).required("role", draft.role());
        validate(checks, draft.role(), draft).throwIfAny();
        int year = Years.check(draft.year());
        if (draft.role() == PersonRole.CHIEF
                && people.of(unit, year).stream().anyMatch(p -> p.role() == PersonRole.CHIEF)) {
            throw AppException.conflict("frameworks.error.chief-exists", Integer.toString(year));
        }
        Person person = new Person(unit, year, draft.role(), draft.fullName().strip(), text(draft.title()),
                text(draft.field()), access.username(), Instant.now());
        people.add(person);
        people.flush();
        audit.record(AuditEvent.created(ENTITY, Long.toString(person.id()), snapshot(person)));
        saved.fire(new PersonSaved(person.id(), unit, year));
        return FrameworkViews.person(person);
    }

    @Override
    @Transactional
    public PersonView update(long id, PersonDraft changes) {
        Person person = existing(id);
        access.requireOwn(person.unitCode());
        Checks checks = Checks.start().required("version", changes.version());
        validate(checks, person.role(), changes).throwIfAny();
        if (changes.version() != person.version()) {
            throw AppException.conflict("error.conflict.version", person.version(), changes.version());
        }
        requireNotLocked(person);
        Map<String, Object> before = snapshot(person);
        person.change(changes.fullName().strip(), text(changes.title()), text(changes.field()), access.username(),
                Instant.now());
        people.flush();
        audit.record(AuditEvent.updated(ENTITY, Long.toString(id), before, snapshot(person)));
        saved.fire(new PersonSaved(id, person.unitCode(), person.year()));
        return FrameworkViews.person(person);
    }

    @Override
    @Transactional
    public void remove(long id, Long version) {
        Person person = existing(id);
        access.requireOwn(person.unitCode());
        if (version != null && version != person.version()) {
            throw AppException.conflict("error.conflict.version", person.version(), version);
        }
        requireNotLocked(person);
        for (UnitFramework draft : frameworks.ofPerson(id)) {
            snapshots.releaseUse(draft.snapshotId(), draft.snapshotUser());
            frameworks.remove(draft);
            audit.record(AuditEvent.deleted(FrameworkAudit.ENTITY, Long.toString(draft.id()),
                    FrameworkAudit.snapshot(draft)));
        }
        frameworks.flush();
        people.remove(person);
        people.flush();
        audit.record(AuditEvent.deleted(ENTITY, Long.toString(id), snapshot(person)));
        removed.fire(new PersonRemoved(id, person.unitCode(), person.year()));
    }

    /** Only a draft framework (never submitted) lets its person change: the Board has seen none of it. */
    private void requireNotLocked(Person person) {
        List<UnitFramework> theirs = person.role() == PersonRole.DEPUTY ? frameworks.ofPerson(person.id())
                : frameworks.find(person.unitCode(), person.year(), SubjectType.CHIEF, null).stream().toList();
        if (theirs.stream().anyMatch(f -> f.state() != FrameworkState.DRAFT)) {
            throw AppException.conflict("frameworks.error.person-locked", person.fullName());
        }
    }

    private static Checks validate(Checks checks, PersonRole role, PersonDraft d) {
        checks.required("fullName", d.fullName()).maxLength("fullName", d.fullName(), 200)
                .maxLength("title", d.title(), 200).maxLength("field", d.field(), 500);
        if (role == PersonRole.DEPUTY) {
            checks.required("field", d.field());
        }
        return checks;
    }

    private Person existing(long id) {
        return people.find(id).orElseThrow(() -> AppException.notFound("frameworks.error.person-not-found", id));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static Map<String, Object> snapshot(Person p) {
        return Map.of("unit", p.unitCode(), "year", p.year(), "role", p.role().name(), "fullName", p.fullName(),
                "title", p.title(), "field", p.field());
    }
}
