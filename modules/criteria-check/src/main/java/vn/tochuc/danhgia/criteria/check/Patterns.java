package vn.tochuc.danhgia.criteria.check;

import java.util.regex.Pattern;

/** The formats of ids, versions and codes, shared by the checks that must agree on them. */
final class Patterns {

    /** {@code so-tai-chinh}: lower case, digits, single hyphens, starting with a letter. */
    static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final int MAX_ID_LENGTH = 64;

    /** {@code 1.0.0}, {@code 1.2.0-rc.1}, {@code 1.0.0+build.5}: Semantic Versioning without its finer rules. */
    static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    /** Unit and group codes as in the units list: {@code STC}, {@code DD-HDND}, {@code THAM_MUU_TU}. */
    static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9]+([-_][A-Z0-9]+)*");

    /** Criterion codes: {@code 1}, {@code 1.a}, {@code II.2}, {@code TC-3}. */
    static final Pattern CRITERION_CODE = Pattern.compile("[A-Za-z0-9]+([._-][A-Za-z0-9]+)*");
    static final int MAX_CODE_LENGTH = 32;

    private Patterns() {}

    static boolean isPluginId(String id) {
        return id != null && id.length() <= MAX_ID_LENGTH && KEBAB_CASE.matcher(id).matches();
    }

    static boolean isVersion(String version) {
        return version != null && SEMVER.matcher(version).matches();
    }

    static boolean isUnitCode(String code) {
        return code != null && code.length() <= MAX_CODE_LENGTH && UNIT_CODE.matcher(code).matches();
    }

    static boolean isCriterionCode(String code) {
        return code != null && code.length() <= MAX_CODE_LENGTH && CRITERION_CODE.matcher(code).matches();
    }
}
