package vn.tochuc.danhgia.criteria.domain;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * The order of plugin versions ({@code MAJOR.MINOR.PATCH[-pre][+build]}), newest last: numbers compare as numbers,
 * a pre-release comes before its release, build metadata is ignored (Semantic Versioning 2.0, simplified: pre-release
 * identifiers compare as text).
 */
public final class SemVer {

    public static final Comparator<String> ORDER = SemVer::compare;

    private SemVer() {}

    public static int compare(String a, String b) {
        String[] left = core(a).split("\\.");
        String[] right = core(b).split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int c = number(left, i).compareTo(number(right, i));
            if (c != 0) {
                return c;
            }
        }
        String preA = pre(a);
        String preB = pre(b);
        if (preA.isEmpty() || preB.isEmpty()) {
            return Boolean.compare(preA.isEmpty(), preB.isEmpty());
        }
        return preA.compareTo(preB);
    }

    private static String withoutBuild(String v) {
        int plus = v.indexOf('+');
        return plus < 0 ? v : v.substring(0, plus);
    }

    private static String core(String v) {
        String s = withoutBuild(v);
        int dash = s.indexOf('-');
        return dash < 0 ? s : s.substring(0, dash);
    }

    private static String pre(String v) {
        String s = withoutBuild(v);
        int dash = s.indexOf('-');
        return dash < 0 ? "" : s.substring(dash + 1);
    }

    private static BigInteger number(String[] parts, int i) {
        if (i >= parts.length) {
            return BigInteger.ZERO;
        }
        try {
            return new BigInteger(parts[i]);
        } catch (NumberFormatException e) {
            return BigInteger.ZERO;
        }
    }
}
