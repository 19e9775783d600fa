package vn.tochuc.danhgia.identity;

import java.util.List;

/**
 * An account to create. {@code password} is the initial password; with {@code mustChangePassword} the user has to
 * replace it at the first login.
 */
public record NewUser(String username, String fullName, String title, String email, String unitCode,
        List<Role> roles, String password, Boolean mustChangePassword) {}
