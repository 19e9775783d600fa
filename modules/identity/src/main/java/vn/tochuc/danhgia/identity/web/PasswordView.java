package vn.tochuc.danhgia.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.identity.UserService;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.web.FacesErrors;

/** Backs {@code account/password.xhtml}: a user changes their own password. */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    UserService users;

    @Inject
    CurrentUser me;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public String change() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            FacesErrors.show(AppException.invalid(java.util.List.of(
                    vn.tochuc.danhgia.kernel.FieldError.of("confirmation", "identity.password.confirmation"))));
            return null;
        }
        try {
            users.changeOwnPassword(currentPassword, newPassword);
        } catch (AppException e) {
            FacesErrors.show(e);
            return null;
        }
        FacesErrors.info("identity.password.changed");
        return "/home.xhtml?faces-redirect=true";
    }

    public boolean isForced() {
        return me.mustChangePassword();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
