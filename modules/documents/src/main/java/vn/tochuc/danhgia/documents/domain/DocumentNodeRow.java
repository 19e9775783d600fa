package vn.tochuc.danhgia.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One commentable node of a version, in document order; rewritten with the version's outline. */
@Entity
@Table(name = "document_node")
public class DocumentNodeRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id")
    private long versionId;

    private String path;

    private String kind;

    private String label;

    private String title;

    private String text;

    private int ord;

    @Column(name = "parent_path")
    private String parentPath;

    /** The node's path in the version this one was revised from; null for an uploaded version or a new node. */
    @Column(name = "origin_path")
    private String originPath;

    protected DocumentNodeRow() {}

    public DocumentNodeRow(long versionId, String path, String kind, String label, String title, String text, int ord,
            String parentPath, String originPath) {
        this.versionId = versionId;
        this.path = path;
        this.kind = kind;
        this.label = label;
        this.title = title.length() > 1000 ? title.substring(0, 1000) : title;
        this.text = text;
        this.ord = ord;
        this.parentPath = parentPath;
        this.originPath = originPath;
    }

    public String path() {
        return path;
    }

    public String originPath() {
        return originPath;
    }
}
