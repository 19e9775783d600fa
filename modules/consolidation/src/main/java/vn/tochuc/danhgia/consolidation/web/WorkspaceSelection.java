package vn.tochuc.danhgia.consolidation.web;

import java.io.Serializable;
import java.util.List;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.TreeNode;
import vn.tochuc.danhgia.consolidation.DispositionView;
import vn.tochuc.danhgia.documents.NodeRef;

/**
 * The left-hand side of the workspace ({@code workspace.selection}): the article tree with its counts, the part of
 * the draft picked in it, and so which comments the right-hand side shows.
 */
public class WorkspaceSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<NodeRef> nodes = List.of();
    private List<DispositionView> rows = List.of();
    private transient ArticleTree tree;
    private TreeNode<NodeItem> root;
    private TreeNode<NodeItem> selectedNode;
    private String selected;

    /** A new draft to show: nothing picked yet. */
    void reset(List<NodeRef> draftNodes) {
        nodes = draftNodes;
        selected = null;
    }

    /** Shows the comments as they are now, keeping the pick (the first part with comments when none). */
    void show(List<DispositionView> comments) {
        rows = comments;
        tree = new ArticleTree(nodes, rows);
        root = tree.build(nodes);
        if (selected == null) {
            selected = ArticleTree.firstWithComments(nodes, rows);
        }
        selectedNode = ArticleTree.select(root, selected);
    }

    public TreeNode<NodeItem> getRoot() {
        return root;
    }

    public void onSelect(NodeSelectEvent event) {
        selected = ((NodeItem) event.getTreeNode().getData()).path();
    }

    public TreeNode<NodeItem> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<NodeItem> selectedNode) {
        this.selectedNode = selectedNode;
    }

    /** The comments on the selected part and everything inside it, in document order. */
    public List<DispositionView> getVisible() {
        if (selected == null) {
            return rows;
        }
        ArticleTree t = tree();
        return rows.stream().filter(r -> t.under(r.path()).contains(selected)).toList();
    }

    private ArticleTree tree() {
        if (tree == null) {
            tree = new ArticleTree(nodes, rows);
        }
        return tree;
    }

    /** "Điều 3 › Khoản 1" for the selected part, its path when the draft has no such node. */
    public String getSelectedReference() {
        NodeRef n = nodes.stream().filter(x -> x.path().equals(selected)).findFirst().orElse(null);
        return n == null ? selected : n.reference();
    }
}
