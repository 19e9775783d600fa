package vn.tochuc.danhgia.consolidation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tochuc.danhgia.consolidation.Approval;
import vn.tochuc.danhgia.consolidation.ConsolidationService;
import vn.tochuc.danhgia.consolidation.ConsolidationView;
import vn.tochuc.danhgia.consolidation.DispositionInput;
import vn.tochuc.danhgia.consolidation.DispositionState;
import vn.tochuc.danhgia.consolidation.DispositionView;
import vn.tochuc.danhgia.consolidation.internal.ConsultationComments;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Messages;
import vn.tochuc.danhgia.kernel.web.FacesErrors;

/**
 * Backs {@code board/consolidation.xhtml?id=}: the article tree with counts on the left ({@link WorkspaceSelection});
 * the comments of the selected part on the right, each with its decision editor; decisions for a picked group;
 * approval by the second Board member; completing the consolidation.
 */
@Named("workspace")
@ViewScoped
public class WorkspaceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsolidationService consolidation;

    @Inject
    transient ConsultationComments consultations;

    @Inject
    transient CurrentUser me;

    private long id;
    private ConsolidationView overview;
    private List<DispositionView> rows = List.of();
    private final WorkspaceSelection selection = new WorkspaceSelection();
    private final DecisionForms decisionForms = new DecisionForms();
    private String username;

    public void load() {
        try {
            username = me.username();
            selection.reset(consultations.nodes(id));
            refresh();
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    private void refresh() {
        rows = consolidation.dispositions(id);
        overview = consolidation.overview(id);
        selection.show(rows);
        decisionForms.reset(rows);
    }

    public void save(long commentId) {
        DispositionView row = rows.stream().filter(r -> r.commentId() == commentId).findFirst().orElseThrow();
        submit(List.of(decisionForms.input(row)), "consolidation.workspace.saved");
    }

    /** One decision for every picked comment: they form a group judged identical. */
    public void saveGroup() {
        List<DispositionView> picked = decisionForms.picked(rows);
        if (picked.size() < 2) {
            FacesErrors.info("consolidation.workspace.pick-two");
            return;
        }
        submit(List.of(decisionForms.groupInput(picked)), "consolidation.workspace.saved-group");
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
        return Messages.get(ViewLocale.current(), "consolidation.workspace.approve", getApprovable().size());
    }

    public int getOwnProposals() {
        return (int) rows.stream().filter(r -> r.state() == DispositionState.PROPOSED
                && username.equals(r.proposedBy())).count();
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

    public WorkspaceSelection getSelection() {
        return selection;
    }

    public DecisionForms getDecisionForms() {
        return decisionForms;
    }

    public String getUsername() {
        return username;
    }
}
