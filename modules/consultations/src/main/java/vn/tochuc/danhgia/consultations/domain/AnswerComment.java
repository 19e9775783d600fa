package vn.tochuc.danhgia.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One comment of a unit's answer on a node of the draft; its id stays the same across saves and submissions. */
@Entity
@Table(name = "answer_comment")
public class AnswerComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "answer_id")
    private Answer answer;

    private String path;

    private String text;

    @Column(name = "proposed_text")
    private String proposedText;

    private String reason;

    private int position;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected AnswerComment() {}

    public AnswerComment(Answer answer, String path, String text, String proposedText, String reason, int position,
            Instant now) {
        this.answer = answer;
        this.updatedAt = now;
        change(path, text, proposedText, reason, position, now);
    }

    /** Changes the comment; the time moves only when its content changes, not when it is merely saved again. */
    public void change(String newPath, String newText, String newProposed, String newReason, int newPosition,
            Instant now) {
        boolean changed = !newPath.equals(path) || !newText.equals(text) || !newProposed.equals(proposedText)
                || !newReason.equals(reason);
        this.path = newPath;
        this.text = newText;
        this.proposedText = newProposed;
        this.reason = newReason;
        this.position = newPosition;
        if (changed) {
            this.updatedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    public String proposedText() {
        return proposedText;
    }

    public String reason() {
        return reason;
    }

    public int position() {
        return position;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
