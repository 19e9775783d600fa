package vn.tochuc.danhgia.identity;

import java.time.Instant;
import java.util.List;

/** A user account as administrators see it; never carries the password hash. */
public record UserView(String username, String fullName, String title, String email, String unitCode,
        List<Role> roles, boolean active, Instant lockedUntil, boolean mustChangePassword, Instant lastLoginAt,
        long version) {}
