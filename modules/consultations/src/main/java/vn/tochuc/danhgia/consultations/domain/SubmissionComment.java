package vn.tochuc.danhgia.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A comment as it was submitted, with the node's label and text at that moment. Never changes. */
@Entity
@Table(name = "submission_comment")
public class SubmissionComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", updatable = false)
    private long submissionId;

    @Column(name = "consultation_id", updatable = false)
    private long consultationId;

    @Column(name = "unit_code", updatable = false)
    private String unitCode;

    @Column(name = "comment_id", updatable = false)
    private long commentId;

    @Column(updatable = false)
    private String path;

    @Column(name = "node_order", updatable = false)
    private int nodeOrder;

    @Column(name = "node_label", updatable = false)
    private String nodeLabel;

    @Column(name = "quoted_text", updatable = false)
    private String quotedText;

    @Column(updatable = false)
    private String text;

    @Column(name = "proposed_text", updatable = false)
    private String proposedText;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private int position;

    protected SubmissionComment() {}

    public SubmissionComment(long submissionId, long consultationId, String unitCode, long commentId, String path,
            int nodeOrder, String nodeLabel, String quotedText, String text, String proposedText, String reason,
            int position) {
        this.submissionId = submissionId;
        this.consultationId = consultationId;
        this.unitCode = unitCode;
        this.commentId = commentId;
        this.path = path;
        this.nodeOrder = nodeOrder;
        this.nodeLabel = nodeLabel;
        this.quotedText = quotedText;
        this.text = text;
        this.proposedText = proposedText;
        this.reason = reason;
        this.position = position;
    }

    public long id() {
        return id;
    }

    public long submissionId() {
        return submissionId;
    }

    public String unitCode() {
        return unitCode;
    }

    public long commentId() {
        return commentId;
    }

    public String path() {
        return path;
    }

    public int nodeOrder() {
        return nodeOrder;
    }

    public String nodeLabel() {
        return nodeLabel;
    }

    public String quotedText() {
        return quotedText;
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
}
