package vn.tochuc.danhgia.consultations.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tochuc.danhgia.consultations.AnswerDraft;
import vn.tochuc.danhgia.consultations.AnswerView;
import vn.tochuc.danhgia.consultations.CommentDraft;
import vn.tochuc.danhgia.consultations.CommentView;
import vn.tochuc.danhgia.consultations.Stance;
import vn.tochuc.danhgia.documents.NodeRef;

/**
 * What the unit types on the answering screen: one comment form per node, the general comment and the stance. It
 * knows the saved answer it started from, so that after a conflict (another tab saved first) it can lay what was
 * typed here over the newest saved answer instead of losing either.
 */
public class AnswerForms implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, CommentForm> forms = new HashMap<>();
    private String stance;
    private String general = "";
    private String baseGeneral = "";

    void cover(List<NodeRef> nodes) {
        nodes.forEach(n -> forms.putIfAbsent(n.path(), new CommentForm()));
    }

    /** Shows a saved answer; with {@code keepMine}, what was typed and not saved stays over it. */
    void show(AnswerView view, boolean keepMine) {
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

    /** The answer to save: the saved comments as edited here, then the new ones in document order. */
    AnswerDraft draft(AnswerView saved, List<NodeRef> nodes) {
        Set<String> edited = new HashSet<>();
        List<CommentDraft> comments = new ArrayList<>();
        for (CommentView comment : saved.comments()) {
            CommentForm form = forms.get(comment.path());
            if (form != null && comment.id() == (form.getId() == null ? -1 : form.getId())) {
                edited.add(comment.path());
                if (form.filled()) {
                    comments.add(new CommentDraft(comment.id(), comment.path(), form.getText(),
                            form.getProposedText(), form.getReason()));
                }
            } else {
                comments.add(new CommentDraft(comment.id(), comment.path(), comment.text(), comment.proposedText(),
                        comment.reason()));
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
        return new AnswerDraft(chosen, general, comments, saved.version());
    }

    boolean filled(String path) {
        CommentForm form = forms.get(path);
        return form != null && form.filled();
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
}
