package vn.tochuc.danhgia.frameworks.web;

import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.tochuc.danhgia.criteria.ConcretizationRuleView;
import vn.tochuc.danhgia.criteria.CriterionNode;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.kernel.Messages;

/** A frozen framework as a PrimeFaces tree, and the text of a concretization rule. */
final class CriteriaTrees {

    private CriteriaTrees() {}

    static TreeNode<CriterionNode> tree(FrameworkTree framework) {
        TreeNode<CriterionNode> root = new DefaultTreeNode<>(null, null);
        framework.groups().forEach(g -> add(g, root));
        return root;
    }

    private static void add(CriterionNode node, TreeNode<CriterionNode> parent) {
        TreeNode<CriterionNode> child = new DefaultTreeNode<>(node, parent);
        child.setExpanded(true);
        node.children().forEach(c -> add(c, child));
    }

    /** "Từ 3 đến 10 chỉ tiêu, cộng bằng 70 điểm. Bắt buộc: chỉ số đo lường, …". */
    static String rule(ConcretizationRuleView rule, Locale locale) {
        if (rule == null) {
            return "";
        }
        String text = Messages.get(locale, "frameworks.rule.text", Integer.toString(rule.minTargets()),
                Integer.toString(rule.maxTargets()), rule.pointsSum().stripTrailingZeros().toPlainString());
        if (!rule.requiredFields().isEmpty()) {
            List<String> fields = rule.requiredFields().stream()
                    .map(f -> Messages.get(locale, "frameworks.field." + f.name())).toList();
            text += ". " + Messages.get(locale, "frameworks.rule.required", String.join(", ", fields));
        }
        return text;
    }
}
