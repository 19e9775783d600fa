package vn.tochuc.danhgia.rating.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** An evidence file of a self-assessment, its bytes in the database. */
@Entity
@Table(name = "rt_evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", updatable = false)
    private long subjectId;

    @Column(name = "criterion_code", updatable = false)
    private String criterionCode;

    @Column(name = "target_index", updatable = false)
    private Integer targetIndex;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "media_type", updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", updatable = false)
    private long size;

    @Column(updatable = false)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", updatable = false)
    private Instant uploadedAt;

    protected Evidence() {}

    /** A file as stored: where it belongs, its name and type, and its bytes with their SHA-256. */
    public record File(String criterionCode, Integer targetIndex, String fileName, String mediaType, byte[] content,
            String sha256) {}

    public Evidence(long subjectId, File file, String by, Instant at) {
        this.subjectId = subjectId;
        this.criterionCode = file.criterionCode();
        this.targetIndex = file.targetIndex();
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.content = file.content();
        this.size = file.content().length;
        this.sha256 = file.sha256();
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public long id() {
        return id;
    }

    public long subjectId() {
        return subjectId;
    }

    public String criterionCode() {
        return criterionCode;
    }

    public Integer targetIndex() {
        return targetIndex;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
