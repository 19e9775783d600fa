package vn.tochuc.danhgia.consolidation.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.tochuc.danhgia.consolidation.DispositionView;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.NodeRef;

/**
 * The draft as a tree for the workspace (chương → điều → khoản → điểm, phụ lục), each node with the number of
 * comments on it and inside it and how many of them are decided; and which nodes each comment falls under.
 */
final class ArticleTree {

    private final Map<String, NodeRef> byPath = new HashMap<>();
    private final Map<String, int[]> counts = new HashMap<>();

    ArticleTree(List<NodeRef> nodes, List<DispositionView> rows) {
        nodes.forEach(n -> byPath.put(n.path(), n));
        for (DispositionView row : rows) {
            for (String path : under(row.path())) {
                int[] c = counts.computeIfAbsent(path, p -> new int[2]);
                c[0]++;
                c[1] += row.decided() ? 1 : 0;
            }
        }
    }

    /** The node itself and every node containing it. */
    Set<String> under(String path) {
        Set<String> out = new LinkedHashSet<>();
        for (String p = path; p != null; p = byPath.containsKey(p) ? byPath.get(p).parentPath() : null) {
            out.add(p);
        }
        return out;
    }

    TreeNode<NodeItem> build(List<NodeRef> nodes) {
        TreeNode<NodeItem> root = new DefaultTreeNode<>(new NodeItem("", "", "", 0, 0), null);
        Map<String, TreeNode<NodeItem>> made = new HashMap<>();
        for (NodeRef n : nodes) {
            int[] c = counts.getOrDefault(n.path(), new int[2]);
            TreeNode<NodeItem> parent = n.parentPath() == null ? root : made.getOrDefault(n.parentPath(), root);
            TreeNode<NodeItem> node = new DefaultTreeNode<>(new NodeItem(n.path(), n.label(), n.title(), c[0], c[1]),
                    parent);
            node.setExpanded(n.kind() == NodeKind.CHAPTER || n.kind() == NodeKind.SECTION);
            made.put(n.path(), node);
        }
        return root;
    }

    /** Marks the node with this path selected (its ancestors expanded) and answers it, or null. */
    static TreeNode<NodeItem> select(TreeNode<NodeItem> node, String path) {
        for (TreeNode<NodeItem> child : node.getChildren()) {
            if (child.getData().path().equals(path)) {
                child.setSelected(true);
                return child;
            }
            TreeNode<NodeItem> found = select(child, path);
            if (found != null) {
                child.setExpanded(true);
                return found;
            }
        }
        return null;
    }

    /** The first article (else any node) with comments, to open the workspace on. */
    static String firstWithComments(List<NodeRef> nodes, List<DispositionView> rows) {
        Set<String> commented = new LinkedHashSet<>();
        rows.forEach(r -> commented.add(r.path()));
        List<NodeRef> ordered = new ArrayList<>(nodes);
        for (NodeRef n : ordered) {
            boolean hit = commented.stream().anyMatch(p -> p.equals(n.path()) || p.startsWith(n.path() + "."));
            if (hit && n.kind() == NodeKind.ARTICLE) {
                return n.path();
            }
        }
        return rows.isEmpty() ? null : rows.get(0).path();
    }
}
