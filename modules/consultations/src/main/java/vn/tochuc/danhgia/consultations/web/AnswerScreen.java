package vn.tochuc.danhgia.consultations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;
import vn.tochuc.danhgia.consultations.AnswerDraft;
import vn.tochuc.danhgia.consultations.AnswerService;
import vn.tochuc.danhgia.consultations.AnswerView;
import vn.tochuc.danhgia.consultations.CommentDraft;
import vn.tochuc.danhgia.consultations.CommentView;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.consultations.Receipt;
import vn.tochuc.danhgia.consultations.Signer;
import vn.tochuc.danhgia.consultations.Stance;
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
    private final Map<String, CommentForm> forms = new HashMap<>();
    private String stance;
    private String general = "";
    private String baseGeneral = "";
    private boolean conflict;
    private Instant savedAt;
    private String signerName;
    private String signerTitle;

    public void load() {
        try {
            consultation = consultations.get(id);
            nodes = consultations.nodes(id);
            articles = nodes.stream().filter(n -> n.kind() == NodeKind.ARTICLE).toList();
            nodes.forEach(n -> forms.putIfAbsent(n.path(), new CommentForm()));
            show(answers.mine(id), false);
        } catch (AppException e) {
            consultation = null;
            FacesErrors.show(e);
        }
    }

    private void show(AnswerView view, boolean keepMine) {
        answer = view;
        Map<String, CommentView> first = new HashMap<>();
        view.comments().forEach(c -> first.putIfAbsent(c.path(), c));
        for (Map.Entry<String, CommentForm> entry : forms.entrySet()) {
            CommentForm form = entry.getValue();
            if (keepMine && form.dirty()) {
                form.rebase(first.get(entry.getKey()));
            } else {
                form.load(first.get(entry.getKey()));
            }
        }
        boolean generalMine = keepMine && !baseGeneral.equals(general == null ? "" : general.strip());
        baseGeneral = view.general();
        if (!generalMine) {
            general = view.general();
            stance = view.stance() == null ? null : view.stance().name();
        }
    }

    public void save() {
        if (answer == null || !answer.editable() || conflict) {
            return;
        }
        try {
            show(answers.save(id, draft()), false);
            savedAt = Instant.now();
        } catch (AppException e) {
            conflict = e.key().equals("consultations.error.stale-answer");
            FacesErrors.show(e);
        }
    }

    private AnswerDraft draft() {
        Set<String> edited = new HashSet<>();
        List<CommentDraft> comments = new ArrayList<>();
        for (CommentView saved : answer.comments()) {
            CommentForm form = forms.get(saved.path());
            if (form != null && saved.id() == (form.getId() == null ? -1 : form.getId())) {
                edited.add(saved.path());
                if (form.filled()) {
                    comments.add(new CommentDraft(saved.id(), saved.path(), form.getText(), form.getProposedText(),
                            form.getReason()));
                }
            } else {
                comments.add(new CommentDraft(saved.id(), saved.path(), saved.text(), saved.proposedText(),
                        saved.reason()));
            }
        }
        for (NodeRef node : nodes) {
            CommentForm form = forms.get(node.path());
            if (!edited.contains(node.path()) && form.getId() == null && form.filled()) {
                comments.add(new CommentDraft(null, node.path(), form.getText(), form.getProposedText(),
                        form.getReason()));
            }
        }
        Stance chosen = stance == null || stance.isBlank() ? null : Stance.valueOf(stance);
        return new AnswerDraft(chosen, general, comments, answer.version());
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
                .filter(n -> forms.get(n.path()).filled()).count();
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

    public Map<String, CommentForm> getForms() {
        return forms;
    }

    public String getStance() {
        return stance;
    }

    public void setStance(String stance) {
        this.stance = stance;
    }

    public String getGeneral() {
        return general;
    }

    public void setGeneral(String general) {
        this.general = general;
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
