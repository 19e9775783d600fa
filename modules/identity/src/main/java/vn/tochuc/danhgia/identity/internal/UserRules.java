package vn.tochuc.danhgia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tochuc.danhgia.identity.NewUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.identity.UserChanges;
import vn.tochuc.danhgia.identity.domain.UserAccount;
import vn.tochuc.danhgia.identity.domain.UserRepository;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.units.UnitDirectory;

/** The checks on an account's fields, including that a unit user's unit exists and is active. */
@ApplicationScoped
public class UserRules {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    UnitDirectory units;

    @Inject
    UserRepository repository;

    static String normalize(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    static String unit(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    Checks checkNew(NewUser user, String username) {
        Checks checks = Checks.start().required("username", username)
                .matches("username", username, USERNAME, "identity.error.username-format");
        return checkProfile(checks, user.fullName(), user.title(), user.email(), user.unitCode(), user.roles());
    }

    Checks checkChanges(UserChanges changes) {
        Checks checks = Checks.start().required("version", changes.version());
        return checkProfile(checks, changes.fullName(), changes.title(), changes.email(), changes.unitCode(),
                changes.roles());
    }

    private Checks checkProfile(Checks checks, String fullName, String title, String email, String unitCode,
            List<Role> roles) {
        checks.required("fullName", fullName).maxLength("fullName", fullName, 255)
                .maxLength("title", title, 255).maxLength("email", email, 255)
                .matches("email", email, EMAIL, "identity.error.email-format");
        boolean noRoles = roles == null || roles.isEmpty() || roles.stream().anyMatch(java.util.Objects::isNull);
        checks.when(noRoles, "roles", "identity.error.roles-required");
        String unit = unit(unitCode);
        if (!noRoles && roles.contains(Role.UNIT) && unit == null) {
            checks.add(FieldError.of("unitCode", "identity.error.unit-required"));
        }
        if (unit != null && units.find(unit).filter(u -> u.active()).isEmpty()) {
            checks.add(FieldError.of("unitCode", "identity.error.unit-unknown", unit));
        }
        return checks;
    }

    /** The last active administrator cannot lose the role or be deactivated: nobody could configure the system. */
    void keepAnAdministrator(UserAccount account, Set<Role> newRoles, boolean newActive) {
        boolean wasAdmin = account.active() && account.roleSet().contains(Role.ADMIN);
        boolean staysAdmin = newActive && newRoles.contains(Role.ADMIN);
        if (wasAdmin && !staysAdmin && repository.activeWithRole(Role.ADMIN).size() <= 1) {
            throw AppException.conflict("identity.error.last-admin");
        }
    }
}
