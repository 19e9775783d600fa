package vn.tochuc.danhgia.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Points;

/**
 * One node of a {@link FrameworkTree}: a group, criterion or sub-criterion.
 *
 * @param code           unique within the framework, e.g. {@code 1.a}
 * @param title          the Vietnamese title
 * @param maxPoints      the maximum points, at most one decimal
 * @param guidance       how to score it
 * @param evidence       the evidence expected
 * @param concretization how units concretize it into targets, or {@code null}
 * @param children       the sub-criteria
 */
public record CriterionNode(String code, String title, BigDecimal maxPoints, String guidance, List<String> evidence,
        ConcretizationRuleView concretization, List<CriterionNode> children) {

    public CriterionNode {
        evidence = List.copyOf(evidence);
        children = List.copyOf(children);
    }

    public boolean leaf() {
        return children.isEmpty();
    }

    public Stream<CriterionNode> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(CriterionNode::flatten));
    }

    Criterion toCriterion() {
        return new Criterion(code, title, Points.of(maxPoints), guidance, evidence,
                concretization == null ? null : concretization.toRule(),
                children.stream().map(CriterionNode::toCriterion).toList());
    }
}
