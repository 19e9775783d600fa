package vn.tochuc.danhgia.criteria.web;

import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.tochuc.danhgia.criteria.ConcretizationRuleView;
import vn.tochuc.danhgia.criteria.CriterionNode;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.kernel.Messages;

/** Frameworks as PrimeFaces trees, and the texts of their concretization rules. */
final class FrameworkNodes {

    private FrameworkNodes() {}

    static TreeNode<CriterionNode> tree(FrameworkTree framework) {
        TreeNode<CriterionNode> root = new DefaultTreeNode<>(null, null);
        if (framework != null) {
            framework.groups().forEach(g -> add(g, root));
        }
        return root;
    }

    private static void add(CriterionNode node, TreeNode<CriterionNode> parent) {
        TreeNode<CriterionNode> child = new DefaultTreeNode<>(node, parent);
        child.setExpanded(true);
        node.children().forEach(c -> add(c, child));
    }

    static String rule(ConcretizationRuleView rule, Locale locale) {
        if (rule == null) {
            return "";
        }
        String text = Messages.get(locale, "criteria.tree.rule.text", Integer.toString(rule.minTargets()),
                Integer.toString(rule.maxTargets()), rule.pointsSum().toPlainString());
        if (!rule.requiredFields().isEmpty()) {
            List<String> fields = rule.requiredFields().stream()
                    .map(f -> Messages.get(locale, "criteria.field." + f.name())).toList();
            text += ". " + Messages.get(locale, "criteria.tree.rule.required", String.join(", ", fields));
        }
        return text;
    }
}
