package vn.tochuc.danhgia.identity.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void verifiesTheRightPasswordOnlyAndNeverStoresItInClear() {
        String hash = PasswordHasher.hash("Mật-khẩu 2026");

        assertTrue(hash.startsWith("pbkdf2-sha512:" + PasswordHasher.ITERATIONS + ":"));
        assertFalse(hash.contains("Mật-khẩu"));
        assertTrue(PasswordHasher.verify("Mật-khẩu 2026", hash));
        assertFalse(PasswordHasher.verify("Mật-khẩu 2025", hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(PasswordHasher.hash("demo1234"), PasswordHasher.hash("demo1234"));
    }

    @Test
    void keepsVerifyingHashesMadeWithAnOlderIterationCount() {
        String old = PasswordHasher.hash("demo1234", 1000);
        assertTrue(PasswordHasher.verify("demo1234", old));
    }

    @Test
    void refusesMalformedStoredHashes() {
        assertFalse(PasswordHasher.verify("demo", "demo"));
        assertFalse(PasswordHasher.verify("demo", "pbkdf2-sha512:x:y:z"));
        assertFalse(PasswordHasher.verify("demo", null));
    }
}
