package vn.tochuc.danhgia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.identity.domain.PasswordHasher;
import vn.tochuc.danhgia.identity.domain.UserAccount;
import vn.tochuc.danhgia.identity.domain.UserRepository;

/**
 * The one identity store behind form login and HTTP Basic. It refuses inactive and locked accounts, counts wrong
 * passwords (five lock the account for fifteen minutes) and records every verified login in the audit log.
 */
@ApplicationScoped
public class DbIdentityStore implements IdentityStore {

    @Inject
    UserRepository repository;

    @Inject
    LoginRecorder recorder;

    @Inject
    VerifiedCredentials verified;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = UserRules.normalize(given.getCaller());
        String password = given.getPasswordAsString();
        UserAccount account = repository.find(username).orElse(null);
        Instant now = Instant.now();
        if (account == null || !account.active()) {
            recorder.refused(username, AuditSummary.of(account == null ? "identity.audit.login.unknown-user"
                    : "identity.audit.login.inactive"));
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (account.isLocked(now)) {
            recorder.refused(username, AuditSummary.of("identity.audit.login.locked", account.lockedUntil()));
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (verified.matches(username, password, account.passwordHash(), now)) {
            return valid(account);
        }
        if (!PasswordHasher.verify(password, account.passwordHash())) {
            verified.forget(username);
            recorder.wrongPassword(username, now);
            return CredentialValidationResult.INVALID_RESULT;
        }
        verified.remember(username, password, account.passwordHash(), now);
        recorder.succeeded(username, now);
        return valid(account);
    }

    private static CredentialValidationResult valid(UserAccount account) {
        Set<String> groups = account.roleSet().stream().map(Role::roleName).collect(Collectors.toSet());
        return new CredentialValidationResult(account.username(), groups);
    }
}
