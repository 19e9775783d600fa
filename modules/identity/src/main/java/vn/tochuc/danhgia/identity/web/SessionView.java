package vn.tochuc.danhgia.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.units.UnitDirectory;
import vn.tochuc.danhgia.units.UnitView;

/** The top bar's user, unit and logout ({@code #{sessionView}}). */
@Named
@RequestScoped
public class SessionView {

    @Inject
    CurrentUser me;

    @Inject
    UnitDirectory units;

    @Inject
    AuditLog audit;

    public String getFullName() {
        return me.fullName();
    }

    public String getUsername() {
        return me.username();
    }

    public String getUnitName() {
        return me.unitCode().flatMap(units::find).map(UnitView::name).orElse("");
    }

    public List<Role> getRoles() {
        return List.copyOf(me.roles());
    }

    public boolean has(String role) {
        return me.has(Role.valueOf(role));
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String username = me.username();
        request.logout();
        external.invalidateSession();
        audit.recordLogout(username);
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
