package vn.tochuc.danhgia.units.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.tochuc.danhgia.kernel.Checks;

/** What a unit's fields must look like. Codes are upper-case letters, digits, hyphens and underscores, like {@code DD-HDND} or
 * {@code THAM_MUU_TU}. */
public final class UnitRules {

    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");
    public static final int NAME_MAX = 255;
    public static final int CODE_MAX = 40;

    private UnitRules() {}

    /** Codes are compared and stored in upper case: "stc" and "STC" are the same unit. */
    public static String normalizeCode(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static Checks checkCode(Checks checks, String field, String code) {
        return checks.required(field, code).maxLength(field, code, CODE_MAX)
                .matches(field, code, CODE, "units.error.code-format");
    }

    public static Checks checkName(Checks checks, String field, String name) {
        return checks.required(field, name).maxLength(field, name, NAME_MAX);
    }
}
