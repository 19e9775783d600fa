package vn.tochuc.danhgia.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.identity.domain.UserAccount;
import vn.tochuc.danhgia.identity.domain.UserRepository;

/**
 * Writes the outcome of a login attempt in a transaction of its own: a failed login must be counted and logged even
 * though the request that carried it fails.
 */
@ApplicationScoped
public class LoginRecorder {

    @Inject
    UserRepository repository;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String username, Instant now) {
        repository.find(username).ifPresent(a -> a.loginSucceeded(now));
        audit.recordLogin(username, true, "");
    }

    /** Counts a wrong password; returns the account's lock end if this attempt locked it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Instant wrongPassword(String username, Instant now) {
        UserAccount account = repository.find(username).orElse(null);
        if (account == null) {
            return null;
        }
        boolean locked = account.loginFailed(now);
        audit.recordLogin(username, false, locked
                ? AuditSummary.of("identity.audit.login.wrong-password-locked", account.lockedUntil())
                : AuditSummary.of("identity.audit.login.wrong-password", account.failedAttempts(),
                        UserAccount.MAX_FAILURES));
        return locked ? account.lockedUntil() : null;
    }

    public void refused(String username, AuditSummary reason) {
        audit.recordLogin(username, false, reason);
    }
}
