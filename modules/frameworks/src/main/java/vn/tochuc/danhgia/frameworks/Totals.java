package vn.tochuc.danhgia.frameworks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tochuc.danhgia.criteria.CriterionNode;
import vn.tochuc.danhgia.criteria.FrameworkTree;

/**
 * The totals shown beside the targets: each concretized criterion's points against its rule, and all of them
 * together against the sum of their maxima.
 *
 * @param criteria one entry per concretized criterion, in the framework's order
 * @param points   the points of all targets of concretized criteria
 * @param max      what they must add up to together
 */
public record Totals(List<CriterionTotal> criteria, BigDecimal points, BigDecimal max) {

    public Totals {
        criteria = List.copyOf(criteria);
    }

    /** The totals of the given targets against a framework; targets of unknown criteria are not counted. */
    public static Totals of(FrameworkTree framework, Map<String, List<TargetRow>> targets) {
        List<CriterionTotal> rows = new ArrayList<>();
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (CriterionNode node : framework.nodes().filter(n -> n.concretization() != null).toList()) {
            List<TargetRow> list = targets.getOrDefault(node.code(), List.of());
            BigDecimal sum = list.stream().map(TargetRow::points).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal required = node.concretization().pointsSum();
            rows.add(new CriterionTotal(node.code(), node.title(), sum, required, list.size(),
                    node.concretization().minTargets(), node.concretization().maxTargets()));
            points = points.add(sum);
            max = max.add(required);
        }
        return new Totals(rows, points, max);
    }

    /** Whether every concretized criterion adds up and has an allowed number of targets. */
    public boolean complete() {
        return criteria.stream().allMatch(c -> c.addsUp() && c.countOk());
    }

    public boolean addsUp() {
        return points.compareTo(max) == 0;
    }
}
