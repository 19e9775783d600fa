package vn.tochuc.danhgia.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.tochuc.danhgia.identity.NewUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.identity.UserChanges;
import vn.tochuc.danhgia.identity.UserQuery;
import vn.tochuc.danhgia.identity.UserService;
import vn.tochuc.danhgia.identity.UserView;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.web.FacesErrors;
import vn.tochuc.danhgia.units.UnitDirectory;
import vn.tochuc.danhgia.units.UnitView;

/** Backs {@code admin/users.xhtml}: accounts, their roles and units, password resets and unlocking. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserService users;

    @Inject
    transient UnitDirectory units;

    private List<UserView> rows;
    private List<UnitView> unitOptions;
    private UserForm form = new UserForm();
    private String resetFor;
    private String newPassword;

    @PostConstruct
    void load() {
        rows = users.list(new UserQuery(null, null, null, null, 0, 5000)).items();
        unitOptions = units.active();
    }

    public void openNew() {
        form = new UserForm();
    }

    public void edit(UserView user) {
        form = UserForm.of(users.get(user.username()));
    }

    public void save() {
        try {
            if (form.isNew()) {
                users.create(new NewUser(form.getUsername(), form.getFullName(), form.getTitle(), form.getEmail(),
                        form.getUnitCode(), form.getRoles(), form.getPassword(), true));
                FacesErrors.info("identity.user.created", form.getUsername());
            } else {
                users.update(form.getUsername(), new UserChanges(form.getFullName(), form.getTitle(),
                        form.getEmail(), form.getUnitCode(), form.getRoles(), form.isActive(), form.getVersion()));
                FacesErrors.info("identity.user.saved", form.getUsername());
            }
            load();
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void openReset(UserView user) {
        resetFor = user.username();
        newPassword = null;
    }

    public void resetPassword() {
        try {
            users.resetPassword(resetFor, newPassword);
            FacesErrors.info("identity.user.password-reset", resetFor);
            load();
            PrimeFaces.current().executeScript("PF('resetDialog').hide()");
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void unlock(UserView user) {
        users.unlock(user.username());
        FacesErrors.info("identity.user.unlocked", user.username());
        load();
    }

    public boolean locked(UserView user) {
        return user.lockedUntil() != null && user.lockedUntil().isAfter(java.time.Instant.now());
    }

    public List<Role> getRoleOptions() {
        return List.of(Role.values());
    }

    public List<UserView> getRows() {
        return rows;
    }

    public List<UnitView> getUnitOptions() {
        return unitOptions;
    }

    public UserForm getForm() {
        return form;
    }

    public String getResetFor() {
        return resetFor;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
