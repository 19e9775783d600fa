package vn.tochuc.danhgia.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read-only access to users for other modules (e.g. to notify a unit's staff). */
public interface UserDirectory {

    Optional<UserContact> find(String username);

    /** Active UNIT users of the given units. */
    List<UserContact> activeUnitUsers(Collection<String> unitCodes);

    /** Active users holding the role. */
    List<UserContact> activeWithRole(Role role);
}
