package vn.tochuc.danhgia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.identity.NewUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.identity.UserChanges;
import vn.tochuc.danhgia.identity.UserContact;
import vn.tochuc.danhgia.identity.UserCreated;
import vn.tochuc.danhgia.identity.UserQuery;
import vn.tochuc.danhgia.identity.UserService;
import vn.tochuc.danhgia.identity.UserView;
import vn.tochuc.danhgia.identity.domain.PasswordHasher;
import vn.tochuc.danhgia.identity.domain.PasswordPolicy;
import vn.tochuc.danhgia.identity.domain.UserAccount;
import vn.tochuc.danhgia.identity.domain.UserRepository;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Page;

@ApplicationScoped
public class DefaultUserService implements UserService {

    @Inject
    UserRepository repository;

    @Inject
    UserRules rules;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<UserCreated> created;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UserView> list(UserQuery query) {
        Page<UserAccount> page = repository.search(query);
        return new Page<>(page.items().stream().map(DefaultUserService::view).toList(), page.total(), page.page(),
                page.size());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public UserView get(String username) {
        return view(existing(username));
    }

    @Override
    @Transactional
    public UserView create(NewUser user) {
        String username = UserRules.normalize(user.username());
        Checks checks = rules.checkNew(user, username);
        PasswordPolicy.check(checks, "password", username, user.password());
        checks.throwIfAny();
        return add(user, username, PasswordHasher.hash(user.password()));
    }

    @Override
    @Transactional
    public List<UserView> createAll(List<NewUser> users) {
        Map<String, String> hashes = new HashMap<>();
        List<UserView> views = new ArrayList<>();
        for (NewUser user : users) {
            String username = UserRules.normalize(user.username());
            Checks checks = rules.checkNew(user, username).required("password", user.password());
            checks.throwIfAny();
            views.add(add(user, username, hashes.computeIfAbsent(user.password(), PasswordHasher::hash)));
        }
        return views;
    }

    private UserView add(NewUser user, String username, String hash) {
        if (repository.find(username).isPresent()) {
            throw AppException.conflict("identity.error.username-taken", username);
        }
        Instant now = Instant.now();
        UserAccount account = new UserAccount(username, hash,
                user.mustChangePassword() == null || user.mustChangePassword(), now);
        account.describe(user.fullName().trim(), trim(user.title()), trim(user.email()), UserRules.unit(user.unitCode()),
                EnumSet.copyOf(user.roles()), now);
        repository.add(account);
        repository.flush();
        audit.record(AuditEvent.created("user", username, UserSnapshot.of(account)));
        created.fire(new UserCreated(username));
        return view(account);
    }

    @Override
    @Transactional
    public UserView update(String username, UserChanges changes) {
        UserAccount account = existing(username);
        Checks checks = rules.checkChanges(changes);
        checks.throwIfAny();
        if (changes.version() != account.version()) {
            throw AppException.conflict("error.conflict.version", account.version(), changes.version());
        }
        Set<Role> roles = EnumSet.copyOf(changes.roles());
        boolean active = changes.active() == null ? account.active() : changes.active();
        rules.keepAnAdministrator(account, roles, active);
        UserSnapshot before = UserSnapshot.of(account);
        Instant now = Instant.now();
        account.describe(changes.fullName().trim(), trim(changes.title()), trim(changes.email()),
                UserRules.unit(changes.unitCode()), roles, now);
        account.setActive(active, now);
        repository.flush();
        audit.record(AuditEvent.updated("user", account.username(), before, UserSnapshot.of(account)));
        return view(account);
    }

    @Override
    @Transactional
    public void resetPassword(String username, String newPassword) {
        UserAccount account = existing(username);
        PasswordPolicy.check(Checks.start(), "newPassword", account.username(), newPassword).throwIfAny();
        Instant now = Instant.now();
        account.setPassword(PasswordHasher.hash(newPassword), true, now);
        account.unlock(now);
        repository.flush();
        audit.record(AuditEvent.action("PASSWORD_RESET", "user", account.username(),
                AuditSummary.of("identity.audit.password-reset")));
    }

    @Override
    @Transactional
    public void unlock(String username) {
        UserAccount account = existing(username);
        account.unlock(Instant.now());
        repository.flush();
        audit.record(AuditEvent.action("UNLOCK", "user", account.username(), ""));
    }

    @Override
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = existing(currentUser.username());
        Checks checks = Checks.start().required("currentPassword", currentPassword);
        if (currentPassword != null && !currentPassword.isEmpty()
                && !PasswordHasher.verify(currentPassword, account.passwordHash())) {
            checks.add(FieldError.of("currentPassword", "identity.password.current-wrong"));
        }
        PasswordPolicy.check(checks, "newPassword", account.username(), newPassword);
        checks.when(newPassword != null && newPassword.equals(currentPassword), "newPassword",
                "identity.password.same-as-current");
        checks.throwIfAny();
        account.setPassword(PasswordHasher.hash(newPassword), false, Instant.now());
        repository.flush();
        audit.record(AuditEvent.action("PASSWORD_CHANGE", "user", account.username(), ""));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserContact> find(String username) {
        return repository.find(username).filter(UserAccount::active).map(DefaultUserService::contact);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserContact> activeUnitUsers(Collection<String> unitCodes) {
        return repository.activeUnitUsers(unitCodes.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList())
                .stream().map(DefaultUserService::contact).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserContact> activeWithRole(Role role) {
        return repository.activeWithRole(role).stream().map(DefaultUserService::contact).toList();
    }

    private UserAccount existing(String username) {
        return repository.find(username)
                .orElseThrow(() -> new AppException(ErrorKind.NOT_FOUND, "identity.error.not-found", username));
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    static UserView view(UserAccount a) {
        return new UserView(a.username(), a.fullName(), a.title(), a.email(), a.unitCode(),
                List.copyOf(a.roleSet()), a.active(), a.lockedUntil(), a.mustChangePassword(), a.lastLoginAt(),
                a.version());
    }

    static UserContact contact(UserAccount a) {
        return new UserContact(a.username(), a.fullName(), a.title(), a.email(), a.unitCode());
    }
}
