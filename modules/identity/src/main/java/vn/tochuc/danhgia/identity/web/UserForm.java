package vn.tochuc.danhgia.identity.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.identity.UserView;

/** The fields of the user dialog; a new user has no version. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String fullName;
    private String title;
    private String email;
    private String unitCode;
    private List<Role> roles = new ArrayList<>();
    private boolean active = true;
    private String password;
    private Long version;

    static UserForm of(UserView u) {
        UserForm form = new UserForm();
        form.username = u.username();
        form.fullName = u.fullName();
        form.title = u.title();
        form.email = u.email();
        form.unitCode = u.unitCode();
        form.roles = new ArrayList<>(u.roles());
        form.active = u.active();
        form.version = u.version();
        return form;
    }

    public boolean isNew() {
        return version == null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getVersion() {
        return version;
    }
}
