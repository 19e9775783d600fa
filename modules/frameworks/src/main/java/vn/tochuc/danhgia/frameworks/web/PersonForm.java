package vn.tochuc.danhgia.frameworks.web;

import java.io.Serializable;
import vn.tochuc.danhgia.frameworks.PersonRole;
import vn.tochuc.danhgia.frameworks.PersonView;

/** The chief/deputy dialog's fields. */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private PersonRole role = PersonRole.DEPUTY;
    private String fullName;
    private String title;
    private String field;
    private Long version;

    static PersonForm of(PersonRole role) {
        PersonForm form = new PersonForm();
        form.role = role;
        return form;
    }

    static PersonForm of(PersonView p) {
        PersonForm form = new PersonForm();
        form.id = p.id();
        form.role = p.role();
        form.fullName = p.fullName();
        form.title = p.title();
        form.field = p.field();
        form.version = p.version();
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isDeputy() {
        return role == PersonRole.DEPUTY;
    }

    public Long getId() {
        return id;
    }

    public PersonRole getRole() {
        return role;
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

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public Long getVersion() {
        return version;
    }
}
