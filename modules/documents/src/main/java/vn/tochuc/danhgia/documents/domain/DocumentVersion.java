package vn.tochuc.danhgia.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a document (its number N is shown as "draft N"). It holds the one stored form of its outline, the
 * canonical JSON (see {@code docs/outline.md}), and the lineage of its nodes: path → path in the version it was
 * revised from, as a JSON object. The .docx bytes are a {@link DocumentFile}. Once {@link #sent()} it never changes:
 * {@link #correct} refuses.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id")
    private long documentId;

    private int number;

    @Column(name = "revised_from")
    private Long revisedFrom;

    @Column(name = "file_name")
    private String fileName;

    private String sha256;

    @Lob
    @Column(name = "outline_json")
    private String outlineJson;

    @Lob
    @Column(name = "node_origins")
    private String nodeOrigins;

    private int articles;

    private boolean sent;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "issued_number")
    private String issuedNumber;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    @Version
    private long version;

    protected DocumentVersion() {}

    public DocumentVersion(long documentId, int number, String fileName, String sha256,
            String outlineJson, String nodeOrigins, int articles, Instant now, String by) {
        this.documentId = documentId;
        this.number = number;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.outlineJson = outlineJson;
        this.nodeOrigins = nodeOrigins;
        this.articles = articles;
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
    }

    /** Replaces the outline, its nodes' origins (and the file written from it) of a version not sent yet. */
    public void correct(String newOutlineJson, String newNodeOrigins, int newArticles, String newSha256, Instant now) {
        if (sent) {
            throw new IllegalStateException("A sent version never changes");
        }
        this.outlineJson = newOutlineJson;
        this.nodeOrigins = newNodeOrigins;
        this.articles = newArticles;
        this.sha256 = newSha256;
        this.updatedAt = now;
    }

    /** Records that this version was started from another one by a revision (for node lineage). */
    public void revisedFrom(long versionId) {
        this.revisedFrom = versionId;
    }

    /**
     * Issues the version (ban hành) with its final outline: from now on it is frozen like a sent version, and its
     * document takes no new version.
     */
    public void issue(String number, LocalDate on, String finalOutlineJson, String newSha256, Instant now, String by) {
        if (issuedNumber != null) {
            throw new IllegalStateException("Already issued");
        }
        this.outlineJson = finalOutlineJson;
        this.sha256 = newSha256;
        this.updatedAt = now;
        this.issuedNumber = number;
        this.issuedOn = on;
        this.issuedAt = now;
        this.issuedBy = by;
        markSent(now);
    }

    public void markSent(Instant now) {
        if (!sent) {
            sent = true;
            sentAt = now;
        }
    }

    public long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    public int number() {
        return number;
    }

    public String fileName() {
        return fileName;
    }

    public String outlineJson() {
        return outlineJson;
    }

    /** Path → origin path (in {@link #revisedFrom()}) as a JSON object; {@code {}} for an uploaded version. */
    public String nodeOrigins() {
        return nodeOrigins;
    }

    public int articles() {
        return articles;
    }

    public boolean sent() {
        return sent;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }

    public Long revisedFrom() {
        return revisedFrom;
    }

    public String issuedNumber() {
        return issuedNumber;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }
}
