package vn.tochuc.danhgia.frameworks.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.frameworks.FrameworkExports;
import vn.tochuc.danhgia.frameworks.FrameworkRow;
import vn.tochuc.danhgia.frameworks.FrameworkState;
import vn.tochuc.danhgia.frameworks.UnitFrameworkService;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Zones;
import vn.tochuc.danhgia.kernel.web.FacesErrors;
import vn.tochuc.danhgia.units.UnitDirectory;
import vn.tochuc.danhgia.units.UnitGroupView;

/**
 * Backs {@code board/frameworks.xhtml?year=&unit=}: how many subjects are in each state, per subject type; every
 * unit's subjects with filters; the link to review what was submitted; and the all-units workbook.
 */
@Named
@ViewScoped
public class BoardFrameworksView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient UnitFrameworkService frameworks;

    @Inject
    transient FrameworkExports exports;

    @Inject
    transient UnitDirectory units;

    private Integer year;
    private String unit;
    private List<FrameworkRow> rows = List.of();

    public void load() {
        if (year == null) {
            year = java.time.LocalDate.now(Zones.VIETNAM).getYear();
        }
        try {
            List<FrameworkRow> all = frameworks.overview(year);
            rows = unit == null || unit.isBlank() ? all
                    : all.stream().filter(r -> r.unitCode().equalsIgnoreCase(unit.strip())).toList();
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void showAll() {
        unit = null;
        load();
    }

    /** How many subjects of a type are in a state (a unit without listed deputies counts as one not started). */
    public long count(SubjectType subject, FrameworkState state) {
        return rows.stream().filter(r -> r.subjectType() == subject && r.state() == state).count();
    }

    public List<SubjectType> getSubjects() {
        return Arrays.asList(SubjectType.values());
    }

    public List<FrameworkState> getStates() {
        return Arrays.asList(FrameworkState.values());
    }

    public List<UnitGroupView> getGroups() {
        return units.groups();
    }

    public List<Integer> getYears() {
        int now = java.time.LocalDate.now(Zones.VIETNAM).getYear();
        return IntStream.rangeClosed(now - 1, now + 1).boxed().toList();
    }

    public StreamedContent getWorkbook() {
        return DefaultStreamedContent.builder().name("khung-tieu-chi-" + year + ".xlsx").contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(exports.xlsx(year))).build();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public List<FrameworkRow> getRows() {
        return rows;
    }
}
