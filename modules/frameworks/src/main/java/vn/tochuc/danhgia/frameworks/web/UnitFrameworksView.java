package vn.tochuc.danhgia.frameworks.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.PrimeFaces;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.FrameworkCatalog;
import vn.tochuc.danhgia.criteria.FrameworkStatus;
import vn.tochuc.danhgia.frameworks.FrameworkRow;
import vn.tochuc.danhgia.frameworks.FrameworkTasks;
import vn.tochuc.danhgia.frameworks.PeopleService;
import vn.tochuc.danhgia.frameworks.PersonDraft;
import vn.tochuc.danhgia.frameworks.PersonRole;
import vn.tochuc.danhgia.frameworks.PersonView;
import vn.tochuc.danhgia.frameworks.StartRequest;
import vn.tochuc.danhgia.frameworks.TaskView;
import vn.tochuc.danhgia.frameworks.UnitFrameworkService;
import vn.tochuc.danhgia.frameworks.UnitFrameworkView;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.web.FacesErrors;

/**
 * Backs {@code unit/frameworks.xhtml?year=}: the unit's subjects for a year (collective, chief, each deputy) with their
 * states, starting and opening their frameworks, the chief and deputies, and the consultations that ask for them.
 */
@Named
@ViewScoped
public class UnitFrameworksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UnitFrameworkService frameworks;

    @Inject
    transient PeopleService people;

    @Inject
    transient FrameworkTasks tasks;

    @Inject
    transient CurrentUser me;

    @Inject
    transient FrameworkCatalog catalog;

    private Integer year;
    private List<FrameworkRow> rows = List.of();
    private List<PersonView> persons = List.of();
    private List<TaskView> requests = List.of();
    private PersonForm form = new PersonForm();
    private boolean pluginUnavailable;

    public void load() {
        if (year == null) {
            year = java.time.LocalDate.now(vn.tochuc.danhgia.kernel.Zones.VIETNAM).getYear();
        }
        try {
            String unit = me.unitCode().orElse("");
            rows = frameworks.subjects(unit, year);
            persons = people.list(unit, year);
            requests = tasks.mine(year);
            pluginUnavailable = !isAvailable()
                    && catalog.frameworksOf(unit, year).coverage().status() == FrameworkStatus.PLUGIN_UNAVAILABLE;
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void start(FrameworkRow row) {
        try {
            UnitFrameworkView started = frameworks.start(new StartRequest(year, row.subjectType(),
                    row.subjectType() == SubjectType.DEPUTY ? row.personId() : null));
            Screens.redirect("/unit/framework-editor.xhtml?id=" + started.id());
        } catch (AppException e) {
            FacesErrors.show(e);
            load();
        }
    }

    public void newPerson(PersonRole role) {
        form = PersonForm.of(role);
    }

    public void edit(PersonView person) {
        form = PersonForm.of(person);
    }

    public void savePerson() {
        try {
            if (form.isNew()) {
                people.add(new PersonDraft(year, form.getRole(), form.getFullName(), form.getTitle(), form.getField(),
                        null));
            } else {
                people.update(form.getId(), new PersonDraft(null, null, form.getFullName(), form.getTitle(),
                        form.getField(), form.getVersion()));
            }
            FacesErrors.info("frameworks.people.saved", form.getFullName());
            load();
            PrimeFaces.current().executeScript("PF('personDialog').hide()");
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void remove(PersonView person) {
        try {
            people.remove(person.id(), person.version());
            FacesErrors.info("frameworks.people.removed", person.fullName());
            load();
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    /** Last year, this year and next year, so that a unit can prepare the coming year's frameworks. */
    public List<Integer> getYears() {
        int now = java.time.LocalDate.now(vn.tochuc.danhgia.kernel.Zones.VIETNAM).getYear();
        return IntStream.rangeClosed(now - 1, now + 1).boxed().toList();
    }

    /** "Consultation 12-CV/BTCTU asks your unit to concretize its 2026 frameworks; deadline 31/10/2026 17:00." */
    public String banner(TaskView task) {
        return Screens.text("frameworks.task.banner", task.reference(), Integer.toString(task.year()),
                vn.tochuc.danhgia.kernel.Zones.dateTime(task.deadline()));
    }

    public boolean isChiefListed() {
        return persons.stream().anyMatch(p -> p.role() == PersonRole.CHIEF);
    }

    /** Whether the unit has a framework for the year at all (a plugin is assigned to it or its group). */
    public boolean isAvailable() {
        return rows.stream().anyMatch(FrameworkRow::available);
    }

    /** Assigned a plugin that is disabled or failed: IT staff must act, not the Board. */
    public boolean isPluginUnavailable() {
        return pluginUnavailable;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<FrameworkRow> getRows() {
        return rows;
    }

    public List<PersonView> getPersons() {
        return persons;
    }

    public List<TaskView> getRequests() {
        return requests;
    }

    public PersonForm getForm() {
        return form;
    }
}
