package vn.tochuc.danhgia.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.units.UnitDirectory;
import vn.tochuc.danhgia.units.UnitGroupView;

/** Backs {@code home.xhtml}: a start page per role, with the tasks that role has. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    CurrentUser me;

    @Inject
    UnitDirectory units;

    public boolean has(String role) {
        return me.has(Role.valueOf(role));
    }

    public long getActiveUnits() {
        return units.groups().stream().mapToLong(UnitGroupView::activeUnits).sum();
    }

    public List<UnitGroupView> getGroups() {
        return units.groups();
    }
}
