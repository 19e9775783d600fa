package vn.tochuc.danhgia.consultations.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.NodeRef;

/**
 * A draft's outline as the tree of the structure check: chương and mục open, so every điều shows with its title;
 * each điều closed, so a 40-article draft reads as one screen of article titles and the Board opens the ones whose
 * khoản and điểm it wants to check.
 */
final class OutlineTree {

    private OutlineTree() {}

    static TreeNode<NodeRef> of(List<NodeRef> nodes) {
        TreeNode<NodeRef> root = new DefaultTreeNode<>(null, null);
        root.setExpanded(true);
        Map<String, TreeNode<NodeRef>> byPath = new HashMap<>();
        for (NodeRef node : nodes) {
            TreeNode<NodeRef> parent = node.parentPath() == null ? root : byPath.getOrDefault(node.parentPath(), root);
            TreeNode<NodeRef> child = new DefaultTreeNode<>(node, parent);
            child.setExpanded(node.kind() == NodeKind.CHAPTER || node.kind() == NodeKind.SECTION);
            byPath.put(node.path(), child);
        }
        return root;
    }

    /** Opens or closes every node, for the "expand all" and "collapse all" buttons. */
    static void expandAll(TreeNode<NodeRef> node, boolean expanded) {
        for (TreeNode<NodeRef> child : node.getChildren()) {
            child.setExpanded(expanded);
            expandAll(child, expanded);
        }
    }
}
