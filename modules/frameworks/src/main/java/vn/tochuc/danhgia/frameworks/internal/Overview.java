package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tochuc.danhgia.criteria.FrameworkCatalog;
import vn.tochuc.danhgia.criteria.FrameworkStatus;
import vn.tochuc.danhgia.criteria.UnitCoverage;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.frameworks.FrameworkRow;
import vn.tochuc.danhgia.frameworks.FrameworkState;
import vn.tochuc.danhgia.frameworks.PersonRole;
import vn.tochuc.danhgia.frameworks.domain.FrameworkRepository;
import vn.tochuc.danhgia.frameworks.domain.Person;
import vn.tochuc.danhgia.frameworks.domain.PersonRepository;
import vn.tochuc.danhgia.frameworks.domain.UnitFramework;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.units.UnitDirectory;
import vn.tochuc.danhgia.units.UnitView;

/**
 * The subjects of units: for each unit its collective, its chief, and each deputy it listed (or one DEPUTY row
 * without a person while it has listed none), with the state of each framework. Reads each table once per call, so
 * the Board's overview of 50 units stays a handful of queries.
 */
@ApplicationScoped
public class Overview {

    @Inject
    FrameworkRepository frameworks;

    @Inject
    PersonRepository people;

    @Inject
    UnitDirectory units;

    @Inject
    FrameworkCatalog catalog;

    public List<FrameworkRow> unitRows(String unitCode, int year) {
        UnitView unit = units.find(unitCode).orElseThrow(() -> AppException.notFound("frameworks.error.unit-not-found",
                unitCode));
        UnitCoverage coverage = catalog.frameworkFor(unit.code(), year, SubjectType.COLLECTIVE)
                .map(a -> new UnitCoverage(unit.code(), unit.name(), unit.group(), year, FrameworkStatus.OK,
                        a.pluginId(), a.pluginVersion(), null))
                .orElse(null);
        return rows(unit, year, frameworks.ofUnit(unit.code(), year), people.of(unit.code(), year), coverage);
    }

    public List<FrameworkRow> allRows(int year) {
        Map<String, List<UnitFramework>> byUnit = frameworks.ofYear(year).stream()
                .collect(Collectors.groupingBy(UnitFramework::unitCode));
        Map<String, List<Person>> peopleByUnit = people.ofYear(year).stream()
                .collect(Collectors.groupingBy(Person::unitCode));
        Map<String, UnitCoverage> coverage = catalog.coverage(year).stream()
                .filter(c -> c.status() == FrameworkStatus.OK)
                .collect(Collectors.toMap(UnitCoverage::unitCode, Function.identity(), (a, b) -> a));
        List<FrameworkRow> rows = new ArrayList<>();
        for (UnitView unit : units.active()) {
            rows.addAll(rows(unit, year, byUnit.getOrDefault(unit.code(), List.of()),
                    peopleByUnit.getOrDefault(unit.code(), List.of()), coverage.get(unit.code())));
        }
        return rows;
    }

    private static List<FrameworkRow> rows(UnitView unit, int year, List<UnitFramework> started, List<Person> listed,
            UnitCoverage coverage) {
        Map<String, UnitFramework> byKey = new HashMap<>();
        started.forEach(f -> byKey.put(key(f.subjectType(), f.personId()), f));
        Person chief = listed.stream().filter(p -> p.role() == PersonRole.CHIEF).findFirst().orElse(null);
        List<FrameworkRow> rows = new ArrayList<>();
        rows.add(row(unit, year, SubjectType.COLLECTIVE, null, byKey.get(key(SubjectType.COLLECTIVE, null)),
                coverage));
        rows.add(row(unit, year, SubjectType.CHIEF, chief, byKey.get(key(SubjectType.CHIEF, null)), coverage));
        List<Person> deputies = listed.stream().filter(p -> p.role() == PersonRole.DEPUTY).toList();
        if (deputies.isEmpty()) {
            rows.add(row(unit, year, SubjectType.DEPUTY, null, null, coverage));
        }
        for (Person deputy : deputies) {
            rows.add(row(unit, year, SubjectType.DEPUTY, deputy, byKey.get(key(SubjectType.DEPUTY, deputy.id())),
                    coverage));
        }
        return rows;
    }

    private static FrameworkRow row(UnitView unit, int year, SubjectType subject, Person person, UnitFramework f,
            UnitCoverage coverage) {
        String pluginId = f != null ? f.pluginId() : coverage == null ? null : coverage.pluginId();
        String pluginVersion = f != null ? f.pluginVersion() : coverage == null ? null : coverage.pluginVersion();
        return new FrameworkRow(f == null ? null : f.id(), unit.code(), unit.name(), unit.group(), unit.groupName(),
                year, subject, person == null ? null : person.id(), person == null ? "" : person.fullName(),
                person == null ? "" : person.title(), person == null ? "" : Objects.requireNonNullElse(person.field(),
                        ""), f == null ? FrameworkState.NOT_STARTED : f.state(), f == null ? 0 : f.rounds(),
                f == null ? null : f.updatedAt(), pluginId, pluginVersion);
    }

    private static String key(SubjectType subject, Long personId) {
        return subject.name() + "/" + (personId == null || subject != SubjectType.DEPUTY ? "" : personId);
    }
}
