package vn.tochuc.danhgia.identity.domain;

import vn.tochuc.danhgia.kernel.Checks;

/**
 * What a new password must be: at least 8 characters, not the username, with a letter and a digit. Length matters
 * more than symbols, so no symbol is required.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static Checks check(Checks checks, String field, String username, String password) {
        checks.required(field, password);
        if (password == null || password.isEmpty()) {
            return checks;
        }
        checks.when(password.length() < MIN_LENGTH, field, "identity.password.too-short", MIN_LENGTH);
        checks.when(password.length() > MAX_LENGTH, field, "error.field.too-long", MAX_LENGTH);
        checks.when(password.equalsIgnoreCase(username), field, "identity.password.is-username");
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        checks.when(!letter || !digit, field, "identity.password.letter-and-digit");
        return checks;
    }
}
