package vn.tochuc.danhgia.criteria.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import vn.tochuc.danhgia.criteria.AssignmentDraft;
import vn.tochuc.danhgia.criteria.AssignmentView;
import vn.tochuc.danhgia.criteria.FrameworkAssignments;
import vn.tochuc.danhgia.criteria.FrameworkCatalog;
import vn.tochuc.danhgia.criteria.FrameworkStatus;
import vn.tochuc.danhgia.criteria.PluginService;
import vn.tochuc.danhgia.criteria.PluginView;
import vn.tochuc.danhgia.criteria.UnitCoverage;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Zones;
import vn.tochuc.danhgia.kernel.web.FacesErrors;
import vn.tochuc.danhgia.units.UnitDirectory;
import vn.tochuc.danhgia.units.UnitGroupView;
import vn.tochuc.danhgia.units.UnitView;

/**
 * Backs {@code admin/framework-assignments.xhtml}: assign a plugin to units and groups for a year, the year's
 * assignments, and the units that have no framework that year.
 */
@Named
@ViewScoped
public class AssignmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FrameworkAssignments assignments;

    @Inject
    transient FrameworkCatalog catalog;

    @Inject
    transient PluginService plugins;

    @Inject
    transient UnitDirectory units;

    private int year = LocalDate.now(Zones.VIETNAM).getYear();
    private String pluginId;
    private List<String> unitCodes = new ArrayList<>();
    private List<String> groupCodes = new ArrayList<>();
    private List<AssignmentView> rows;
    private List<UnitCoverage> coverage;
    private List<PluginView> pluginList;
    private List<UnitView> unitList;
    private List<UnitGroupView> groupList;

    @PostConstruct
    public void init() {
        pluginList = plugins.plugins();
        unitList = units.active();
        groupList = units.groups();
        load();
    }

    public void load() {
        rows = assignments.list(year);
        coverage = catalog.coverage(year);
    }

    public void assign() {
        try {
            List<AssignmentView> created = assignments.assign(new AssignmentDraft(year, pluginId, unitCodes,
                    groupCodes));
            FacesErrors.info("criteria.assign.done", pluginId, Integer.toString(year), created.size());
            unitCodes = new ArrayList<>();
            groupCodes = new ArrayList<>();
            load();
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void remove(AssignmentView row) {
        try {
            assignments.remove(row.id());
            FacesErrors.info("criteria.assign.removed");
            load();
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public List<UnitCoverage> getMissing() {
        return coverage.stream().filter(c -> c.status() != FrameworkStatus.OK).toList();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(Zones.VIETNAM).getYear();
        return IntStream.rangeClosed(now - 2, now + 4).boxed().toList();
    }

    public List<UnitCoverage> getCoverage() {
        return coverage;
    }

    public List<AssignmentView> getRows() {
        return rows;
    }

    public List<PluginView> getPluginList() {
        return pluginList;
    }

    public List<UnitView> getUnitList() {
        return unitList;
    }

    public List<UnitGroupView> getGroupList() {
        return groupList;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getPluginId() {
        return pluginId;
    }

    public void setPluginId(String pluginId) {
        this.pluginId = pluginId;
    }

    public List<String> getUnitCodes() {
        return unitCodes;
    }

    public void setUnitCodes(List<String> unitCodes) {
        this.unitCodes = unitCodes;
    }

    public List<String> getGroupCodes() {
        return groupCodes;
    }

    public void setGroupCodes(List<String> groupCodes) {
        this.groupCodes = groupCodes;
    }
}
