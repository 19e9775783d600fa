package vn.tochuc.danhgia.identity.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.identity.domain.UserAccount;
import vn.tochuc.danhgia.identity.domain.UserRepository;
import vn.tochuc.danhgia.kernel.Caller;

/**
 * The caller's account, read once per request. Roles and unit come from the database rather than from the session,
 * so that an administrator's change applies at the caller's next request.
 */
@RequestScoped
public class DefaultCurrentUser implements CurrentUser {

    @Inject
    Caller caller;

    @Inject
    UserRepository repository;

    private Optional<UserAccount> account;

    private Optional<UserAccount> account() {
        if (account == null) {
            account = caller.authenticated() ? repository.find(caller.username()).filter(UserAccount::active)
                    : Optional.empty();
        }
        return account;
    }

    @Override
    public String username() {
        return caller.username();
    }

    @Override
    public String fullName() {
        return account().map(UserAccount::fullName).orElse(caller.username());
    }

    @Override
    public Optional<String> unitCode() {
        return account().map(UserAccount::unitCode);
    }

    @Override
    public Set<Role> roles() {
        return account().map(UserAccount::roleSet).orElse(EnumSet.noneOf(Role.class));
    }

    @Override
    public boolean mustChangePassword() {
        return account().map(UserAccount::mustChangePassword).orElse(false);
    }
}
