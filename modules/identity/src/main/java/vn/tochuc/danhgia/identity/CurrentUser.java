package vn.tochuc.danhgia.identity;

import java.util.Optional;
import java.util.Set;

/** The user of the current request. Outside a request (timers, start-up) it is the system, with no roles. */
public interface CurrentUser {

    String username();

    String fullName();

    /** The unit the user acts for, if they are a unit user. */
    Optional<String> unitCode();

    Set<Role> roles();

    default boolean has(Role role) {
        return roles().contains(role);
    }

    /**
     * True if the caller may act for the given unit: a UNIT user of that very unit. Board staff read units' work
     * through their own use cases, never by acting for a unit.
     */
    default boolean actsFor(String unit) {
        return has(Role.UNIT) && unitCode().map(u -> u.equalsIgnoreCase(unit)).orElse(false);
    }

    boolean mustChangePassword();
}
