package vn.tochuc.danhgia.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.identity.UserQuery;
import vn.tochuc.danhgia.kernel.Page;

/** Stores accounts; usernames are looked up in lower case. */
public interface UserRepository {

    Optional<UserAccount> find(String username);

    Page<UserAccount> search(UserQuery query);

    List<UserAccount> activeUnitUsers(Collection<String> unitCodes);

    List<UserAccount> activeWithRole(Role role);

    void add(UserAccount account);

    void flush();
}
