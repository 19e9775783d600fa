package vn.tochuc.danhgia.consolidation.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.consolidation.Decision;
import vn.tochuc.danhgia.consolidation.DispositionInput;
import vn.tochuc.danhgia.consolidation.DispositionView;

/**
 * What the Board member is typing on the workspace ({@code workspace.decisionForms}): one {@link DecisionForm} per
 * comment, and one for a group of picked comments; turned into the rows the service takes.
 */
public class DecisionForms implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, DecisionForm> forms = new HashMap<>();
    private final DecisionForm group = new DecisionForm(null, null);

    /** Starts every form from the comment's current decision. */
    void reset(List<DispositionView> rows) {
        forms.clear();
        rows.forEach(r -> forms.put(r.commentId(), new DecisionForm(r.decision() == null ? null : r.decision().name(),
                r.response())));
    }

    /** The row for one comment's form, in the comment's group and at the version read. */
    DispositionInput input(DispositionView row) {
        DecisionForm form = forms.get(row.commentId());
        return new DispositionInput(row.commentId(), decision(form.getDecision()), form.getResponse(), row.group(),
                row.version());
    }

    /** The comments picked for a group decision, in the order shown. */
    List<DispositionView> picked(List<DispositionView> rows) {
        return rows.stream().filter(r -> forms.get(r.commentId()).isPicked()).toList();
    }

    /** The group decision for the picked comments: the first leads, the others join its group. */
    DispositionInput groupInput(List<DispositionView> picked) {
        DispositionView lead = picked.get(0);
        List<Long> others = picked.stream().skip(1).map(DispositionView::commentId).toList();
        return new DispositionInput(lead.commentId(), decision(group.getDecision()), group.getResponse(), others,
                lead.version());
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

    public Map<Long, DecisionForm> getForms() {
        return forms;
    }

    /** The decision typed for the picked comments ({@code picked} unused). */
    public DecisionForm getGroup() {
        return group;
    }
}
