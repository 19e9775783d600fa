package vn.tochuc.danhgia.consolidation.web;

import java.io.Serializable;

/** What the Board member is typing for one comment on the workspace: decision, response, picked for a group. */
public class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String decision;
    private String response;
    private boolean picked;

    public DecisionForm(String decision, String response) {
        this.decision = decision;
        this.response = response;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public boolean isPicked() {
        return picked;
    }

    public void setPicked(boolean picked) {
        this.picked = picked;
    }
}
