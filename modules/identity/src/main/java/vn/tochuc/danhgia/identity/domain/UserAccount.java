package vn.tochuc.danhgia.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tochuc.danhgia.identity.Role;

/**
 * A user account and its login rules: {@value #MAX_FAILURES} wrong passwords in a row lock it for
 * {@link #LOCK_TIME}; a good password resets the count.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "full_name")
    private String fullName;

    private String title;
    private String email;

    @Column(name = "unit_code")
    private String unitCode;

    private String roles;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    private boolean active = true;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected UserAccount() {}

    public UserAccount(String username, String passwordHash, boolean mustChangePassword, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String newFullName, String newTitle, String newEmail, String newUnit, Set<Role> newRoles,
            Instant now) {
        this.fullName = newFullName;
        this.title = newTitle == null ? "" : newTitle;
        this.email = newEmail == null ? "" : newEmail;
        this.unitCode = newUnit;
        this.roles = newRoles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.updatedAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; returns true if this one locked the account. */
    public boolean loginFailed(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_TIME);
            return true;
        }
        return false;
    }

    public void loginSucceeded(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void setPassword(String newHash, boolean mustChange, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChange;
        this.updatedAt = now;
    }

    public void unlock(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        updatedAt = now;
    }

    public void setActive(boolean value, Instant now) {
        this.active = value;
        this.updatedAt = now;
    }

    public Set<Role> roleSet() {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(String::trim).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String title() {
        return title;
    }

    public String email() {
        return email;
    }

    public String unitCode() {
        return unitCode;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public boolean active() {
        return active;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public long version() {
        return version;
    }
}
