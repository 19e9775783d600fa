package vn.tochuc.danhgia.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.identity.Role;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    private static UserAccount account() {
        UserAccount account = new UserAccount("stc", "hash", false, NOW);
        account.describe("Văn thư Sở Tài chính", "", "", "STC", EnumSet.of(Role.UNIT), NOW);
        return account;
    }

    @Test
    void locksAfterTheFifthWrongPasswordForFifteenMinutes() {
        UserAccount account = account();
        for (int i = 1; i < UserAccount.MAX_FAILURES; i++) {
            assertFalse(account.loginFailed(NOW), "attempt " + i + " must not lock");
        }
        assertTrue(account.loginFailed(NOW));
        assertTrue(account.isLocked(NOW.plus(Duration.ofMinutes(14))));
        assertFalse(account.isLocked(NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void startsCountingAgainAfterTheLockExpires() {
        UserAccount account = account();
        for (int i = 0; i < UserAccount.MAX_FAILURES; i++) {
            account.loginFailed(NOW);
        }
        assertFalse(account.loginFailed(NOW.plus(Duration.ofMinutes(16))));
        assertEquals(1, account.failedAttempts());
    }

    @Test
    void aGoodPasswordResetsTheCount() {
        UserAccount account = account();
        account.loginFailed(NOW);
        account.loginFailed(NOW);
        account.loginSucceeded(NOW);
        assertEquals(0, account.failedAttempts());
        assertEquals(NOW, account.lastLoginAt());
    }

    @Test
    void keepsRolesAsASet() {
        UserAccount account = new UserAccount("board", "hash", false, NOW);
        account.describe("Cán bộ", "", "", null, EnumSet.of(Role.BOARD, Role.ADMIN), NOW);
        assertEquals(EnumSet.of(Role.ADMIN, Role.BOARD), account.roleSet());
    }
}
