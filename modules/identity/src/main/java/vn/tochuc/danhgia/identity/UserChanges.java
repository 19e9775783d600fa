package vn.tochuc.danhgia.identity;

import java.util.List;

/** Changes to an account; {@code version} must be the one last read. The username never changes. */
public record UserChanges(String fullName, String title, String email, String unitCode, List<Role> roles,
        Boolean active, Long version) {}
