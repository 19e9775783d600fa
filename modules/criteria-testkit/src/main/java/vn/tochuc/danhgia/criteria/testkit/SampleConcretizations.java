package vn.tochuc.danhgia.criteria.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;

/**
 * Concretizations and targets that satisfy the generic rules, as starting points: build a valid one, then change the
 * one thing a test is about.
 */
public final class SampleConcretizations {

    /** The deputy's field used when none is given. */
    public static final String SAMPLE_DEPUTY_FIELD = "Lĩnh vực được phân công phụ trách (mẫu)";

    private SampleConcretizations() {}

    /**
     * A concretization that passes the generic check: for each concretized criterion, three targets (or the rule's
     * bounds if three is outside them) whose points split the rule's sum exactly.
     */
    public static Concretization valid(Framework framework, String unitCode, int year) {
        Concretization concretization = Concretization.of(framework.subjectType(), unitCode, year);
        if (framework.subjectType() == SubjectType.DEPUTY) {
            concretization = concretization.withDeputyField(SAMPLE_DEPUTY_FIELD);
        }
        for (Criterion criterion : framework.concretizedCriteria()) {
            ConcretizationRule rule = criterion.concretization();
            int count = Math.max(rule.minTargets(), Math.min(3, rule.maxTargets()));
            concretization = concretization.withTargets(criterion.code(),
                    split(criterion.title(), rule.pointsSum(), count, year));
        }
        return concretization;
    }

    /**
     * {@code count} complete targets whose points add up to {@code total} exactly: equal shares in tenths, the
     * remainder on the last target (70 in 3 gives 23.3, 23.3 and 23.4).
     */
    public static List<Target> split(String title, Points total, int count, int year) {
        List<Target> targets = new ArrayList<>();
        int share = total.tenths() / count;
        for (int i = 0; i < count; i++) {
            int tenths = i == count - 1 ? total.tenths() - share * (count - 1) : share;
            targets.add(target(title + " – chỉ tiêu " + (i + 1), Points.ofTenths(tenths), year));
        }
        return targets;
    }

    /** A complete target: indicator, 100 %, an output, due 30 November of the year. */
    public static Target target(String title, Points points, int year) {
        return new Target(title, "Tỷ lệ hoàn thành", BigDecimal.valueOf(100), "%", "Báo cáo kết quả thực hiện",
                LocalDate.of(year, 11, 30), points);
    }

    /** As {@link #target(String, Points, int)}, with a given indicator, value and unit. */
    public static Target target(String title, String indicator, String value, String unit, Points points, int year) {
        return new Target(title, indicator, new BigDecimal(value), unit, "Báo cáo kết quả thực hiện",
                LocalDate.of(year, 11, 30), points);
    }
}
