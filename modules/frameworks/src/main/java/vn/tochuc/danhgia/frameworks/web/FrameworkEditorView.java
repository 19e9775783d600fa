package vn.tochuc.danhgia.frameworks.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.TreeNode;
import vn.tochuc.danhgia.criteria.ConcretizationRuleView;
import vn.tochuc.danhgia.criteria.CriterionNode;
import vn.tochuc.danhgia.criteria.FindingView;
import vn.tochuc.danhgia.frameworks.CheckResult;
import vn.tochuc.danhgia.frameworks.CriterionTotal;
import vn.tochuc.danhgia.frameworks.FrameworkEdit;
import vn.tochuc.danhgia.frameworks.FrameworkState;
import vn.tochuc.danhgia.frameworks.RemarkView;
import vn.tochuc.danhgia.frameworks.RoundView;
import vn.tochuc.danhgia.frameworks.TargetRow;
import vn.tochuc.danhgia.frameworks.UnitFrameworkService;
import vn.tochuc.danhgia.frameworks.UnitFrameworkView;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.web.FacesErrors;

/**
 * Backs {@code unit/framework-editor.xhtml?id=}: the frozen criteria tree, one block of target rows per concretized
 * criterion with the check's findings beside each row and the totals against the maxima (checked again as the user
 * types, without saving), save and submit, and every review round with the Board's remarks.
 */
@Named
@ViewScoped
public class FrameworkEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UnitFrameworkService frameworks;

    private long id;
    private UnitFrameworkView framework;
    private List<EditorBlock> blocks = List.of();
    private CheckResult check;
    private TreeNode<CriterionNode> tree;

    public void load() {
        try {
            show(frameworks.get(id));
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    private void show(UnitFrameworkView view) {
        framework = view;
        check = view.check();
        tree = CriteriaTrees.tree(view.framework());
        List<EditorBlock> list = new ArrayList<>();
        view.framework().nodes().filter(n -> n.concretization() != null)
                .forEach(n -> list.add(new EditorBlock(n, view.targetsOf(n.code()))));
        blocks = list;
    }

    /** The live check, as the user types: nothing is saved. */
    public void check() {
        if (framework == null || !isEditable()) {
            return;
        }
        try {
            check = frameworks.check(id, targets());
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void addTarget(EditorBlock block) {
        block.getTargets().add(new EditorTarget());
        check();
    }

    public void removeTarget(EditorBlock block, int index) {
        if (index >= 0 && index < block.getTargets().size()) {
            block.getTargets().remove(index);
        }
        check();
    }

    public void save() {
        if (readable()) {
            try {
                show(frameworks.save(id, new FrameworkEdit(framework.version(), targets())));
                FacesErrors.info("frameworks.editor.saved");
            } catch (AppException e) {
                FacesErrors.show(e);
            }
        }
    }

    /** Saves what is on the screen, then submits it; a refusal leaves the findings on the screen. */
    public void submit() {
        if (!readable()) {
            return;
        }
        try {
            show(frameworks.save(id, new FrameworkEdit(framework.version(), targets())));
            show(frameworks.submit(id, framework.version()));
            FacesErrors.info("frameworks.editor.submitted", framework.rounds());
        } catch (AppException e) {
            if (e.kind() == ErrorKind.INVALID && "frameworks.error.check-failed".equals(e.key())) {
                FacesErrors.show(new AppException(e.kind(), e.key(), e.args(), List.of()));
            } else {
                FacesErrors.show(e);
            }
        }
    }

    /** Whether every number and date on the screen can be read; shows which cannot. */
    private boolean readable() {
        List<FieldError> errors = new ArrayList<>();
        for (EditorBlock b : blocks) {
            for (int i = 0; i < b.getTargets().size(); i++) {
                for (String key : b.getTargets().get(i).problems()) {
                    errors.add(FieldError.of(Screens.text("frameworks.editor.where", b.getCode(), i + 1), key));
                }
            }
        }
        if (!errors.isEmpty()) {
            FacesErrors.show(AppException.invalid(errors));
        }
        return errors.isEmpty();
    }

    Map<String, List<TargetRow>> targets() {
        Map<String, List<TargetRow>> map = new LinkedHashMap<>();
        blocks.forEach(b -> map.put(b.getCode(), b.rows()));
        return map;
    }

    /** The messages about one target: the check's and the fields that cannot be read. */
    public List<String> targetMessages(String code, int index) {
        List<String> messages = new ArrayList<>();
        EditorBlock block = blocks.stream().filter(b -> b.getCode().equals(code)).findFirst().orElse(null);
        if (block != null && index < block.getTargets().size()) {
            block.getTargets().get(index).problems().forEach(k -> messages.add(Screens.text(k)));
        }
        findings(code, index).forEach(f -> messages.add(f.message(Screens.english())));
        return messages;
    }

    /** The findings about a criterion as a whole (count, points, …). */
    public List<FindingView> criterionFindings(String code) {
        return findings(code, null);
    }

    /** The findings about the whole framework (e.g. a deputy's field missing, the plugin's check failing). */
    public List<FindingView> generalFindings() {
        return check == null ? List.of() : check.findings().stream()
                .filter(f -> f.criterionCode() == null || f.criterionCode().isEmpty()).toList();
    }

    private List<FindingView> findings(String code, Integer index) {
        return check == null ? List.of() : check.findings().stream()
                .filter(f -> code.equals(f.criterionCode()) && Objects.equals(index, f.targetIndex())).toList();
    }

    public String message(FindingView f) {
        return f.message(Screens.english());
    }

    public CriterionTotal total(String code) {
        return check == null ? null : check.totals().criteria().stream().filter(c -> c.code().equals(code))
                .findFirst().orElse(null);
    }

    /** The Board's remarks of the last decided round on one target, while the unit works on a returned framework. */
    public List<RemarkView> remarks(String code, int index) {
        return lastRemarks().stream().filter(r -> code.equals(r.criterionCode())
                && Objects.equals(index, r.targetIndex())).toList();
    }

    /** Every remark of the last decided round. */
    public List<RemarkView> lastRemarks() {
        RoundView last = framework == null ? null : framework.lastRound();
        return last == null || framework.state() != FrameworkState.RETURNED ? List.of() : last.remarks();
    }

    public String join(List<String> items) {
        return items == null ? "" : String.join("; ", items);
    }

    public String rule(ConcretizationRuleView rule) {
        return CriteriaTrees.rule(rule, Screens.locale());
    }

    public boolean isEditable() {
        return framework != null && framework.workingCopy() && framework.state().editableByUnit();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public UnitFrameworkView getFramework() {
        return framework;
    }

    public List<EditorBlock> getBlocks() {
        return blocks;
    }

    public CheckResult getCheck() {
        return check;
    }

    public TreeNode<CriterionNode> getTree() {
        return tree;
    }

    /** Rounds newest first, as people read a history. */
    public List<RoundView> getHistory() {
        List<RoundView> rounds = new ArrayList<>(framework == null ? List.of() : framework.history());
        java.util.Collections.reverse(rounds);
        return rounds;
    }
}
