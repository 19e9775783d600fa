package vn.tochuc.danhgia.consultations.web;

import java.io.Serializable;
import java.util.Objects;
import vn.tochuc.danhgia.consultations.CommentView;

/**
 * The editor of one node's comment on the answering screen. It remembers what the server had when it was loaded, so
 * that after a conflict the user's own changes can be kept over a reloaded answer.
 */
public class CommentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String text = "";
    private String proposedText = "";
    private String reason = "";
    private String baseText = "";
    private String baseProposed = "";
    private String baseReason = "";

    void load(CommentView saved) {
        id = saved == null ? null : saved.id();
        text = saved == null ? "" : saved.text();
        proposedText = saved == null ? "" : saved.proposedText();
        reason = saved == null ? "" : saved.reason();
        baseText = text;
        baseProposed = proposedText;
        baseReason = reason;
    }

    /** Takes the server's comment as the new base (and its id), keeping what the user typed. */
    void rebase(CommentView saved) {
        id = saved == null ? null : saved.id();
        baseText = saved == null ? "" : saved.text();
        baseProposed = saved == null ? "" : saved.proposedText();
        baseReason = saved == null ? "" : saved.reason();
    }

    boolean dirty() {
        return !Objects.equals(n(text), baseText) || !Objects.equals(n(proposedText), baseProposed)
                || !Objects.equals(n(reason), baseReason);
    }

    boolean filled() {
        return !n(text).isBlank() || !n(proposedText).isBlank();
    }

    private static String n(String s) {
        return s == null ? "" : s.strip();
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getProposedText() {
        return proposedText;
    }

    public void setProposedText(String proposedText) {
        this.proposedText = proposedText;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
