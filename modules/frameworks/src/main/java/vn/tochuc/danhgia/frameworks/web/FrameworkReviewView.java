package vn.tochuc.danhgia.frameworks.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.TreeNode;
import vn.tochuc.danhgia.criteria.CriterionNode;
import vn.tochuc.danhgia.criteria.FindingView;
import vn.tochuc.danhgia.frameworks.Decision;
import vn.tochuc.danhgia.frameworks.FrameworkExports;
import vn.tochuc.danhgia.frameworks.FrameworkState;
import vn.tochuc.danhgia.frameworks.Remark;
import vn.tochuc.danhgia.frameworks.ReviewDecision;
import vn.tochuc.danhgia.frameworks.RoundView;
import vn.tochuc.danhgia.frameworks.UnitFrameworkService;
import vn.tochuc.danhgia.frameworks.UnitFrameworkView;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.PdfConverter;
import vn.tochuc.danhgia.kernel.web.FacesErrors;

/**
 * Backs {@code board/framework-review.xhtml?id=}: the content the unit submitted (read-only) against the frozen
 * criteria, with a remark field per target and per criterion, return or approve, every round, and the .docx of an
 * approved framework.
 */
@Named
@ViewScoped
public class FrameworkReviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    transient UnitFrameworkService frameworks;

    @Inject
    transient FrameworkExports exports;

    @Inject
    transient PdfConverter pdf;

    private long id;
    private UnitFrameworkView framework;
    private List<ReviewBlock> blocks = List.of();
    private TreeNode<CriterionNode> tree;
    private String comment = "";

    public void load() {
        try {
            show(frameworks.get(id));
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    private void show(UnitFrameworkView view) {
        framework = view;
        tree = CriteriaTrees.tree(view.framework());
        List<ReviewBlock> list = new ArrayList<>();
        view.framework().nodes().filter(n -> n.concretization() != null)
                .forEach(n -> list.add(new ReviewBlock(n, view.targetsOf(n.code()))));
        blocks = list;
        comment = "";
    }

    public void returnForRevision() {
        decide(Decision.RETURN, "frameworks.review.returned");
    }

    public void approve() {
        decide(Decision.APPROVE, "frameworks.review.approved");
    }

    private void decide(Decision decision, String doneKey) {
        try {
            show(frameworks.review(id, new ReviewDecision(decision, remarks(), comment, framework.version())));
            FacesErrors.info(doneKey);
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    private List<Remark> remarks() {
        List<Remark> remarks = new ArrayList<>();
        for (ReviewBlock b : blocks) {
            for (int i = 0; i < b.getItems().size(); i++) {
                String text = b.getItems().get(i).getRemark().strip();
                if (!text.isEmpty()) {
                    remarks.add(new Remark(b.getCode(), i, text));
                }
            }
            if (!b.getRemark().isBlank()) {
                remarks.add(new Remark(b.getCode(), null, b.getRemark().strip()));
            }
        }
        return remarks;
    }

    public StreamedContent getDocument() {
        return DefaultStreamedContent.builder().name(fileName("docx")).contentType(DOCX)
                .stream(() -> new ByteArrayInputStream(exports.docx(id))).build();
    }

    /** The .docx as PDF, made before the answer starts so that a missing LibreOffice is a message, not a broken file. */
    public StreamedContent getPdf() {
        try {
            byte[] bytes = pdf.toPdf(exports.docx(id), "docx");
            return DefaultStreamedContent.builder().name(fileName("pdf")).contentType(PdfConverter.MEDIA_TYPE)
                    .stream(() -> new ByteArrayInputStream(bytes)).build();
        } catch (AppException e) {
            FacesErrors.show(e);
            return null;
        }
    }

    private String fileName(String extension) {
        return "khung-tieu-chi-" + framework.unitCode() + "-" + framework.year() + "-" + framework.subjectType() + "-"
                + id + "." + extension;
    }

    public boolean isDeciding() {
        return framework != null && framework.state() == FrameworkState.SUBMITTED;
    }

    /** The agency check did not run when the pending round was submitted: only the generic check did. */
    public boolean isAgencyCheckMissed() {
        RoundView last = framework == null ? null : framework.lastRound();
        return last != null && !last.agencyCheckRan();
    }

    public List<FindingView> getFindings() {
        return framework == null || framework.lastRound() == null ? List.of() : framework.check().findings();
    }

    public String message(FindingView f) {
        return f.message(Screens.english());
    }

    public String join(List<String> items) {
        return items == null ? "" : String.join("; ", items);
    }

    public List<RoundView> getHistory() {
        List<RoundView> rounds = new ArrayList<>(framework == null ? List.of() : framework.history());
        Collections.reverse(rounds);
        return rounds;
    }

    public String rule(vn.tochuc.danhgia.criteria.ConcretizationRuleView rule) {
        return CriteriaTrees.rule(rule, Screens.locale());
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

    public List<ReviewBlock> getBlocks() {
        return blocks;
    }

    public TreeNode<CriterionNode> getTree() {
        return tree;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment == null ? "" : comment;
    }
}
