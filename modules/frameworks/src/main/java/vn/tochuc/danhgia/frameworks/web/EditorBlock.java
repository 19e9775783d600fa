package vn.tochuc.danhgia.frameworks.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.criteria.CriterionNode;
import vn.tochuc.danhgia.frameworks.TargetRow;

/** One concretized criterion in the editor: what the plugin asks for, and the unit's target rows. */
public class EditorBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String title;
    private final BigDecimal maxPoints;
    private final String guidance;
    private final String ruleGuidance;
    private final List<String> evidence;
    private final List<EditorTarget> targets = new ArrayList<>();

    EditorBlock(CriterionNode node, List<TargetRow> rows) {
        this.code = node.code();
        this.title = node.title();
        this.maxPoints = node.maxPoints();
        this.guidance = node.guidance();
        this.ruleGuidance = node.concretization() == null ? "" : node.concretization().guidance();
        this.evidence = List.copyOf(node.evidence());
        rows.forEach(r -> targets.add(EditorTarget.of(r)));
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public String getGuidance() {
        return guidance;
    }

    public String getRuleGuidance() {
        return ruleGuidance;
    }

    public List<String> getEvidence() {
        return evidence;
    }

    public List<EditorTarget> getTargets() {
        return targets;
    }

    List<TargetRow> rows() {
        return targets.stream().map(EditorTarget::toRow).toList();
    }
}
