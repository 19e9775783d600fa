package vn.tochuc.danhgia.frameworks.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tochuc.danhgia.criteria.FindingView;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.FieldError;

/**
 * What a target must be to be stored at all (an incomplete one may be; one that cannot be read back or measured may
 * not), the conversion to the SPI's {@link Concretization} the checks take, and the check's error findings as the
 * field errors of a refused submission. Field names are {@code targets[<criterion>][<index>].<field>}.
 */
public final class TargetRules {

    /** The SPI's largest allowed number of targets per criterion. */
    static final int MAX_TARGETS = 50;
    static final int MAX_TITLE = 1000;
    static final int MAX_INDICATOR = 500;
    static final int MAX_UNIT = 50;
    static final int MAX_OUTPUT = 1000;
    static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);
    static final BigDecimal MAX_VALUE = new BigDecimal("1e15");
    /** The bundle key that shows a finding's message in the caller's language (vi: {0}, en: {1}). */
    public static final String FINDING_KEY = "frameworks.finding";

    private TargetRules() {}

    /** Every problem that keeps the targets from being stored, one entry per field. */
    public static Checks validate(Map<String, List<TargetRow>> targets, Set<String> concretized) {
        Checks checks = Checks.start();
        targets.forEach((code, list) -> {
            String at = "targets[" + code + "]";
            if (!concretized.contains(code)) {
                checks.add(FieldError.of(at, "frameworks.error.criterion-not-concretized", code));
                return;
            }
            if (list == null) {
                return;
            }
            checks.when(list.size() > MAX_TARGETS, at, "frameworks.error.too-many-targets", MAX_TARGETS);
            for (int i = 0; i < list.size(); i++) {
                validate(checks, at + "[" + i + "]", list.get(i));
            }
        });
        return checks;
    }

    private static void validate(Checks checks, String at, TargetRow t) {
        if (t == null) {
            checks.add(FieldError.of(at, "error.field.required"));
            return;
        }
        checks.maxLength(at + ".title", t.title(), MAX_TITLE)
                .maxLength(at + ".indicator", t.indicator(), MAX_INDICATOR)
                .maxLength(at + ".unit", t.unit(), MAX_UNIT)
                .maxLength(at + ".output", t.output(), MAX_OUTPUT);
        BigDecimal points = t.points();
        if (points != null) {
            checks.when(points.stripTrailingZeros().scale() > 1, at + ".points", "frameworks.error.points-decimals")
                    .when(points.abs().compareTo(MAX_POINTS) >= 0, at + ".points", "error.field.invalid");
        }
        BigDecimal value = t.targetValue();
        if (value != null) {
            checks.when(value.stripTrailingZeros().scale() > 4 || value.abs().compareTo(MAX_VALUE) >= 0,
                    at + ".targetValue", "error.field.invalid");
        }
        if (t.deadline() != null) {
            checks.when(t.deadline().getYear() < 2000 || t.deadline().getYear() > 2100, at + ".deadline",
                    "error.field.invalid");
        }
    }

    /** The targets without null lists or entries, criteria in the given order. */
    public static Map<String, List<TargetRow>> normalized(Map<String, List<TargetRow>> targets, List<String> order) {
        Map<String, List<TargetRow>> result = new LinkedHashMap<>();
        for (String code : order) {
            List<TargetRow> list = targets.get(code);
            if (list != null && !list.isEmpty()) {
                result.put(code, list.stream().filter(t -> t != null).toList());
            }
        }
        return result;
    }

    /** The SPI form the host's check and the plugin's take. Call after {@link #validate}. */
    public static Concretization concretization(String unitCode, int year, SubjectType subject, String deputyField,
            Map<String, List<TargetRow>> targets) {
        Map<String, List<Target>> map = new LinkedHashMap<>();
        targets.forEach((code, list) -> map.put(code, list.stream().map(TargetRules::target).toList()));
        return new Concretization(unitCode, year, subject, deputyField, map);
    }

    private static Target target(TargetRow t) {
        return new Target(t.title(), t.indicator(), t.targetValue(), t.unit(), t.output(), t.deadline(),
                points(t.points()));
    }

    /** Points as the SPI counts them; a value finer than a tenth (refused on save) counts as none while typing. */
    private static Points points(BigDecimal value) {
        try {
            return value == null ? Points.ZERO : Points.of(value);
        } catch (ArithmeticException e) {
            return Points.ZERO;
        }
    }

    /** One field error per error finding, for the problem answer of a refused submission. */
    public static List<FieldError> errors(List<FindingView> findings) {
        List<FieldError> errors = new ArrayList<>();
        for (FindingView f : findings) {
            if (f.error()) {
                errors.add(FieldError.of(field(f), FINDING_KEY, f.messageVi(), f.messageEn()).withCode(f.code()));
            }
        }
        return errors;
    }

    static String field(FindingView f) {
        if (f.criterionCode() == null || f.criterionCode().isEmpty()) {
            return "DEPUTY_FIELD_MISSING".equals(f.code()) ? "deputyField" : "targets";
        }
        return "targets[" + f.criterionCode() + "]" + (f.targetIndex() == null ? "" : "[" + f.targetIndex() + "]");
    }
}
