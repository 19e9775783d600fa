package vn.tochuc.danhgia.consultations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.tochuc.danhgia.consultations.AnswerService;
import vn.tochuc.danhgia.consultations.AnswerView;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.consultations.Receipt;
import vn.tochuc.danhgia.consultations.Signer;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.web.FacesErrors;

/**
 * Backs {@code unit/answer.xhtml?id=}: one article of the draft at a time beside the comment editors of the article,
 * its clauses and points; general comment and stance; autosave on leaving a field; submit with the signer; receipt;
 * withdraw. A save refused because another tab saved first keeps everything typed here ({@link #reloadKeepingMine}).
 */
@Named
@ViewScoped
public class AnswerScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsultationService consultations;

    @Inject
    transient AnswerService answers;

    private long id;
    private ConsultationView consultation;
    private List<NodeRef> nodes = List.of();
    private List<NodeRef> articles = List.of();
    private int article;
    private AnswerView answer;
    private final AnswerForms edits = new AnswerForms();
    private boolean conflict;
    private Instant savedAt;
    private String signerName;
    private String signerTitle;

    public void load() {
        try {
            consultation = consultations.get(id);
            nodes = consultations.nodes(id);
            articles = nodes.stream().filter(n -> n.kind() == NodeKind.ARTICLE).toList();
            edits.cover(nodes);
            show(answers.mine(id), false);
        } catch (AppException e) {
            consultation = null;
            FacesErrors.show(e);
        }
    }

    private void show(AnswerView view, boolean keepMine) {
        answer = view;
        edits.show(view, keepMine);
    }

    public void save() {
        if (answer == null || !answer.editable() || conflict) {
            return;
        }
        try {
            show(answers.save(id, edits.draft(answer, nodes)), false);
            savedAt = Instant.now();
        } catch (AppException e) {
            conflict = e.key().equals("consultations.error.stale-answer");
            FacesErrors.show(e);
        }
    }

    /** After a conflict: takes the newest saved answer and keeps, over it, what was typed here; then saves it. */
    public void reloadKeepingMine() {
        try {
            show(answers.mine(id), true);
            conflict = false;
            save();
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void submit() {
        save();
        if (conflict) {
            return;
        }
        try {
            Receipt receipt = answers.submit(id, new Signer(signerName, signerTitle));
            show(answers.mine(id), false);
            consultation = consultations.get(id);
            FacesErrors.info("consultations.answer.submitted", receipt.receiptNumber());
            PrimeFaces.current().executeScript("PF('submitDialog').hide()");
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void withdraw() {
        try {
            show(answers.withdraw(id), false);
            consultation = consultations.get(id);
            FacesErrors.info("consultations.answer.withdrawn");
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void next() {
        save();
        article = Math.min(article + 1, articles.size() - 1);
    }

    public void previous() {
        save();
        article = Math.max(article - 1, 0);
    }

    public void goTo(int index) {
        save();
        article = Math.max(0, Math.min(index, articles.size() - 1));
    }

    /** The current article, its clauses and its points, in document order. */
    public List<NodeRef> getCurrentNodes() {
        if (articles.isEmpty()) {
            return List.of();
        }
        String path = articles.get(article).path();
        return nodes.stream().filter(n -> path.equals(n.articlePath())).toList();
    }

    /** The chương, mục and phụ lục (commentable outside any article). */
    public List<NodeRef> getOtherNodes() {
        return nodes.stream().filter(n -> n.articlePath() == null).toList();
    }

    public int commentsIn(NodeRef articleNode) {
        return (int) nodes.stream().filter(n -> articleNode.path().equals(n.articlePath()))
                .filter(n -> edits.filled(n.path())).count();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ConsultationView getConsultation() {
        return consultation;
    }

    public List<NodeRef> getArticles() {
        return articles;
    }

    public int getArticle() {
        return article;
    }

    /** Chosen in the article list; the list's change saves first, then shows the chosen article. */
    public void setArticle(int index) {
        this.article = Math.max(0, Math.min(index, Math.max(articles.size() - 1, 0)));
    }

    public NodeRef getCurrentArticle() {
        return articles.isEmpty() ? null : articles.get(article);
    }

    public AnswerView getAnswer() {
        return answer;
    }

    public AnswerForms getEdits() {
        return edits;
    }

    public boolean isConflict() {
        return conflict;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public boolean isEditable() {
        return answer != null && answer.editable() && !conflict;
    }

    /** A current submission may be taken back while the consultation is open and before the unit's deadline. */
    public boolean isWithdrawable() {
        return answer != null && answer.current() != null && consultation != null
                && consultation.state() == vn.tochuc.danhgia.consultations.ConsultationState.OPEN
                && Instant.now().isBefore(answer.deadline());
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }

    /** Milliseconds since the epoch of the unit's deadline, for the countdown script. */
    public long getDeadlineMillis() {
        return answer == null ? 0 : answer.deadline().toEpochMilli();
    }
}
