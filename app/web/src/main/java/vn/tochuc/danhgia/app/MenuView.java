package vn.tochuc.danhgia.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import vn.tochuc.danhgia.kernel.web.MenuItem;
import vn.tochuc.danhgia.kernel.web.MenuSource;

/** The main menu: the entries every module contributes, those of the user's roles only. */
@Named
@RequestScoped
public class MenuView {

    @Inject
    Instance<MenuSource> sources;

    public List<MenuItem> getItems() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return sources.stream()
                .flatMap(s -> s.menuItems().stream())
                .filter(i -> i.roles().stream().anyMatch(external::isUserInRole))
                .sorted(Comparator.comparingInt(MenuItem::order))
                .toList();
    }

    public boolean isCurrent(MenuItem item) {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return item.outcome().equals(view);
    }
}
