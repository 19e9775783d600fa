package vn.tochuc.danhgia.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * A framework as the host keeps it: an immutable copy of what the plugin declared, owning no plugin class, so that
 * holding it never keeps a plugin's class loader alive.
 *
 * @param subjectType  who is evaluated with it
 * @param title        the Vietnamese title
 * @param totalPoints  the sum of the groups' maximum points (100)
 * @param groups       the criteria groups, in order
 */
public record FrameworkTree(SubjectType subjectType, String title, BigDecimal totalPoints, List<CriterionNode> groups) {

    public FrameworkTree {
        groups = List.copyOf(groups);
    }

    /** Every node, depth first, parents before children. */
    public Stream<CriterionNode> nodes() {
        return groups.stream().flatMap(CriterionNode::flatten);
    }

    public Optional<CriterionNode> criterion(String code) {
        return nodes().filter(n -> n.code().equals(code)).findFirst();
    }

    /** The same framework as SPI records, e.g. to run the host's checks against it. */
    public Framework toFramework() {
        List<vn.tochuc.danhgia.criteria.spi.Criterion> spiGroups = new ArrayList<>();
        groups.forEach(g -> spiGroups.add(g.toCriterion()));
        return new Framework(subjectType, title, spiGroups);
    }
}
