package vn.tochuc.danhgia.documents.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import vn.tochuc.danhgia.documents.ChangeKind;

/**
 * One entry of a version's change log. Its {@code path} follows later edits of the same version ({@link #moveTo});
 * its links are comment ids of another module, kept as given.
 */
@Entity
@Table(name = "document_change")
public class DocumentChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id")
    private long versionId;

    private int seq;

    @Enumerated(EnumType.STRING)
    private ChangeKind kind;

    private String path;

    @Column(name = "origin_path")
    private String originPath;

    private String label;

    @Lob
    @Column(name = "old_text")
    private String oldText;

    @Lob
    @Column(name = "new_text")
    private String newText;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "document_change_link", joinColumns = @JoinColumn(name = "change_id"))
    @Column(name = "comment_id")
    private Set<Long> commentIds = new TreeSet<>();

    protected DocumentChange() {}

    public DocumentChange(long versionId, int seq, ChangeKind kind, String path, String originPath, String label,
            String oldText, String newText, Collection<Long> commentIds, Instant now, String by) {
        this.versionId = versionId;
        this.seq = seq;
        this.kind = kind;
        this.path = path;
        this.originPath = originPath;
        this.label = label.length() > 100 ? label.substring(0, 100) : label;
        this.oldText = oldText;
        this.newText = newText;
        this.commentIds = new TreeSet<>(commentIds);
        this.createdAt = now;
        this.createdBy = by;
    }

    /** A later edit of the same version moved the node (renumbering), or removed it ({@code null}). */
    public void moveTo(String newPath) {
        this.path = newPath;
    }

    public void relink(Collection<Long> ids) {
        commentIds.clear();
        commentIds.addAll(ids);
    }

    public long id() {
        return id;
    }

    public long versionId() {
        return versionId;
    }

    public int seq() {
        return seq;
    }

    public ChangeKind kind() {
        return kind;
    }

    public String path() {
        return path;
    }

    public String originPath() {
        return originPath;
    }

    public String label() {
        return label;
    }

    public String oldText() {
        return oldText;
    }

    public String newText() {
        return newText;
    }

    public Set<Long> commentIds() {
        return commentIds;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
