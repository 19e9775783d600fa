package vn.tochuc.danhgia.criteria.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.tochuc.danhgia.criteria.ConcretizationRuleView;
import vn.tochuc.danhgia.criteria.CriterionNode;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.criteria.spi.ConcretizationRule;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.TargetField;

/** Copies a plugin's SPI frameworks into host-owned trees, refusing absurd sizes. */
final class Trees {

    /** Far above any real framework (the draft's have about 20 nodes), far below what could hurt the server. */
    static final int MAX_NODES = 2000;
    static final int MAX_DEPTH = 12;

    private Trees() {}

    /** @throws IllegalArgumentException when the framework is deeper or larger than the limits */
    static FrameworkTree of(Framework framework) {
        int[] count = {0};
        List<CriterionNode> groups = new ArrayList<>();
        for (Criterion group : framework.groups()) {
            groups.add(node(group, 1, count));
        }
        return new FrameworkTree(framework.subjectType(), framework.title(), decimal(framework.totalPoints()),
                groups);
    }

    private static CriterionNode node(Criterion c, int depth, int[] count) {
        if (depth > MAX_DEPTH || ++count[0] > MAX_NODES) {
            throw new IllegalArgumentException("framework deeper than " + MAX_DEPTH + " or larger than " + MAX_NODES
                    + " nodes");
        }
        List<CriterionNode> children = new ArrayList<>();
        for (Criterion child : c.children()) {
            children.add(node(child, depth + 1, count));
        }
        return new CriterionNode(c.code(), c.title(), decimal(c.maxPoints()), c.guidance(), c.evidence(),
                c.concretization() == null ? null : rule(c.concretization()), children);
    }

    private static ConcretizationRuleView rule(ConcretizationRule r) {
        // EnumSet iterates in declaration order, so the list is the same whatever set the plugin built
        List<TargetField> fields = r.requiredFields().isEmpty() ? List.of()
                : List.copyOf(EnumSet.copyOf(r.requiredFields()));
        return new ConcretizationRuleView(r.minTargets(), r.maxTargets(), decimal(r.pointsSum()), fields,
                r.guidance());
    }

    static BigDecimal decimal(Points points) {
        return new BigDecimal(points.toString());
    }
}
