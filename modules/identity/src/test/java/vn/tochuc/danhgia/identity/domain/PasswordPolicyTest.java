package vn.tochuc.danhgia.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.FieldError;

class PasswordPolicyTest {

    private static List<String> problems(String username, String password) {
        return PasswordPolicy.check(Checks.start(), "newPassword", username, password).errors().stream()
                .map(FieldError::key).toList();
    }

    @Test
    void acceptsALongPasswordWithLettersAndDigits() {
        assertTrue(problems("stc", "Tài chính 2026").isEmpty());
    }

    @Test
    void refusesShortPasswordsTheUsernameAndPasswordsWithoutDigits() {
        assertEquals(List.of("identity.password.too-short"), problems("stc", "abc123"));
        assertEquals(List.of("identity.password.is-username", "identity.password.letter-and-digit"),
                problems("quantrivien", "QuanTriVien"));
        assertEquals(List.of("error.field.required"), problems("stc", ""));
    }
}
