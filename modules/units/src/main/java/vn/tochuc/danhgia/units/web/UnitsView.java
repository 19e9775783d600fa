package vn.tochuc.danhgia.units.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.web.FacesErrors;
import vn.tochuc.danhgia.units.UnitChanges;
import vn.tochuc.danhgia.units.UnitDraft;
import vn.tochuc.danhgia.units.UnitGroupView;
import vn.tochuc.danhgia.units.UnitQuery;
import vn.tochuc.danhgia.units.UnitService;
import vn.tochuc.danhgia.units.UnitTreeNode;
import vn.tochuc.danhgia.units.UnitView;

/**
 * Backs {@code admin/units.xhtml}: the table (filter, sort, pages), the create/edit dialog, deactivation and the
 * hierarchy. The import tab has its own bean, {@link UnitImportView}.
 */
@Named
@ViewScoped
public class UnitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UnitService units;

    private List<UnitView> rows;
    private List<UnitGroupView> groups;
    private TreeNode<UnitView> tree;
    private UnitForm form = new UnitForm();

    @PostConstruct
    public void load() {
        rows = units.list(UnitQuery.all()).items();
        groups = units.groups();
        tree = new DefaultTreeNode<>(null, null);
        units.tree().forEach(n -> add(n, tree));
    }

    private static void add(UnitTreeNode node, TreeNode<UnitView> parent) {
        TreeNode<UnitView> child = new DefaultTreeNode<>(node.unit(), parent);
        child.setExpanded(true);
        node.children().forEach(c -> add(c, child));
    }

    public void openNew() {
        form = new UnitForm();
    }

    public void edit(UnitView unit) {
        form = UnitForm.of(units.get(unit.code()));
    }

    public void save() {
        try {
            if (form.isNew()) {
                UnitView created = units.create(new UnitDraft(form.getCode(), form.getName(), form.getGroup(),
                        form.getParentCode()));
                FacesErrors.info("units.saved", created.code());
            } else {
                units.update(form.getCode(), new UnitChanges(form.getName(), form.getGroup(), form.getParentCode(),
                        form.isActive(), form.getVersion()));
                FacesErrors.info("units.saved", form.getCode());
            }
            load();
            PrimeFaces.current().executeScript("PF('unitDialog').hide()");
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void deactivate(UnitView unit) {
        try {
            units.deactivate(unit.code(), unit.version());
            FacesErrors.info("units.deactivated", unit.code());
            load();
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public List<UnitView> getRows() {
        return rows;
    }

    public List<UnitGroupView> getGroups() {
        return groups;
    }

    public TreeNode<UnitView> getTree() {
        return tree;
    }

    public UnitForm getForm() {
        return form;
    }
}
