package vn.tochuc.danhgia.identity.internal;

import java.util.List;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.identity.domain.UserAccount;

/** An account's values for the audit log; deliberately without the password hash. */
public record UserSnapshot(String username, String fullName, String title, String email, String unitCode,
        List<Role> roles, boolean active, boolean mustChangePassword) {

    static UserSnapshot of(UserAccount a) {
        return new UserSnapshot(a.username(), a.fullName(), a.title(), a.email(), a.unitCode(),
                List.copyOf(a.roleSet()), a.active(), a.mustChangePassword());
    }
}
