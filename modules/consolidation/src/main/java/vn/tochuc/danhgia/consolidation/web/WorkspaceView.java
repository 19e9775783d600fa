package vn.tochuc.danhgia.consolidation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.TreeNode;
import vn.tochuc.danhgia.consolidation.Approval;
import vn.tochuc.danhgia.consolidation.ConsolidationService;
import vn.tochuc.danhgia.consolidation.ConsolidationView;
import vn.tochuc.danhgia.consolidation.Decision;
import vn.tochuc.danhgia.consolidation.DispositionInput;
import vn.tochuc.danhgia.consolidation.DispositionState;
import vn.tochuc.danhgia.consolidation.DispositionView;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.kernel.web.FacesErrors;

/**
 * Backs {@code board/consolidation.xhtml?id=}: the article tree with counts on the left; the comments of the
 * selected part on the right, each with its decision editor; decisions for a picked group; approval by the second
 * Board member; completing the consolidation.
 */
@Named("workspace")
@ViewScoped
public class WorkspaceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsolidationService consolidation;

    @Inject
    transient ConsultationService consultations;

    @Inject
    transient CurrentUser me;

    private long id;
    private ConsolidationView overview;
    private List<DispositionView> rows = List.of();
    private List<NodeRef> nodes = List.of();
    private transient ArticleTree tree;
    private TreeNode<NodeItem> root;
    private TreeNode<NodeItem> selectedNode;
    private String selected;
    private final Map<Long, DecisionForm> forms = new HashMap<>();
    private String groupDecision;
    private String groupResponse;
    private String username;

    public void load() {
        try {
            username = me.username();
            nodes = consultations.nodes(id);
            selected = null;
            refresh();
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    private void refresh() {
        rows = consolidation.dispositions(id);
        overview = consolidation.overview(id);
        tree = new ArticleTree(nodes, rows);
        root = tree.build(nodes);
        if (selected == null) {
            selected = ArticleTree.firstWithComments(nodes, rows);
        }
        selectedNode = ArticleTree.select(root, selected);
        forms.clear();
        rows.forEach(r -> forms.put(r.commentId(), new DecisionForm(r.decision() == null ? null : r.decision().name(),
                r.response())));
    }

    public void onSelect(NodeSelectEvent event) {
        selected = ((NodeItem) event.getTreeNode().getData()).path();
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

    public void save(long commentId) {
        DispositionView row = row(commentId);
        DecisionForm form = forms.get(commentId);
        submit(List.of(new DispositionInput(commentId, decision(form.getDecision()), form.getResponse(), row.group(),
                row.version())), "consolidation.workspace.saved");
    }

    /** One decision for every picked comment: they form a group judged identical. */
    public void saveGroup() {
        List<DispositionView> picked = rows.stream().filter(r -> forms.get(r.commentId()).isPicked()).toList();
        if (picked.size() < 2) {
            FacesErrors.info("consolidation.workspace.pick-two");
            return;
        }
        DispositionView lead = picked.get(0);
        List<Long> others = picked.stream().skip(1).map(DispositionView::commentId).toList();
        submit(List.of(new DispositionInput(lead.commentId(), decision(groupDecision), groupResponse, others,
                lead.version())), "consolidation.workspace.saved-group");
    }

    private void submit(List<DispositionInput> input, String doneKey) {
        try {
            consolidation.propose(id, input);
            refresh();
            FacesErrors.info(doneKey);
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    /** Approves every decision proposed by someone else, as shown (their versions). */
    public void approve() {
        try {
            List<Approval> list = getApprovable().stream().map(r -> new Approval(r.commentId(), r.version())).toList();
            int n = consolidation.approve(id, list).approved();
            refresh();
            FacesErrors.info("consolidation.workspace.approved", n);
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void consolidate() {
        try {
            overview = consolidation.consolidate(id);
            refresh();
            FacesErrors.info("consolidation.workspace.consolidated");
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    /** The decisions this user may approve: proposed by another Board member. */
    public List<DispositionView> getApprovable() {
        return rows.stream().filter(r -> r.state() == DispositionState.PROPOSED && !username.equals(r.proposedBy()))
                .toList();
    }

    public String getApproveLabel() {
        var root = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot();
        return Messages.get(root == null ? Messages.VIETNAMESE : root.getLocale(), "consolidation.workspace.approve",
                getApprovable().size());
    }

    public int getOwnProposals() {
        return (int) rows.stream().filter(r -> r.state() == DispositionState.PROPOSED
                && username.equals(r.proposedBy())).count();
    }

    private DispositionView row(long commentId) {
        return rows.stream().filter(r -> r.commentId() == commentId).findFirst().orElseThrow();
    }

    private static Decision decision(String name) {
        return name == null || name.isBlank() ? null : Decision.valueOf(name);
    }

    public List<String> getDecisions() {
        List<String> out = new ArrayList<>();
        for (Decision d : Decision.values()) {
            out.add(d.name());
        }
        return out;
    }

    public String reference(String path) {
        NodeRef n = nodes.stream().filter(x -> x.path().equals(path)).findFirst().orElse(null);
        return n == null ? path : n.reference();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ConsolidationView getOverview() {
        return overview;
    }

    public List<DispositionView> getRows() {
        return rows;
    }

    public TreeNode<NodeItem> getRoot() {
        return root;
    }

    public TreeNode<NodeItem> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<NodeItem> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected;
    }

    public Map<Long, DecisionForm> getForms() {
        return forms;
    }

    public String getGroupDecision() {
        return groupDecision;
    }

    public void setGroupDecision(String groupDecision) {
        this.groupDecision = groupDecision;
    }

    public String getGroupResponse() {
        return groupResponse;
    }

    public void setGroupResponse(String groupResponse) {
        this.groupResponse = groupResponse;
    }

    public String getUsername() {
        return username;
    }
}
