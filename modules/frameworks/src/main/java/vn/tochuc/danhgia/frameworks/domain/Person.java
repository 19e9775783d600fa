package vn.tochuc.danhgia.frameworks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.tochuc.danhgia.frameworks.PersonRole;

/** A chief or deputy a unit listed for a year. The unit and year never change; a deputy's framework refers to it. */
@Entity
@Table(name = "fw_person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_code", updatable = false)
    private String unitCode;

    @Column(name = "eval_year", updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private PersonRole role;

    @Column(name = "full_name")
    private String fullName;

    private String title;

    private String field;

    @Column(name = "chief_marker", updatable = false)
    private String chiefMarker;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Person() {}

    public Person(String unitCode, int year, PersonRole role, String fullName, String title, String field, String by,
            Instant now) {
        this.unitCode = unitCode;
        this.year = year;
        this.role = role;
        this.chiefMarker = role == PersonRole.CHIEF ? "Y" : null;
        this.createdBy = by;
        this.createdAt = now;
        change(fullName, title, field, by, now);
    }

    public void change(String newName, String newTitle, String newField, String by, Instant now) {
        this.fullName = newName;
        this.title = newTitle;
        this.field = role == PersonRole.DEPUTY ? newField : "";
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public long id() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public int year() {
        return year;
    }

    public PersonRole role() {
        return role;
    }

    public String fullName() {
        return fullName;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    public long version() {
        return version;
    }
}
