package vn.tochuc.danhgia.consolidation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The consolidation of one consultation: which version is being revised and what was issued. Its row is locked by
 * every write of the consolidation, which serialises the Board members working on the same consultation.
 */
@Entity
@Table(name = "consolidation")
public class Consolidation {

    @Id
    @Column(name = "consultation_id")
    private long consultationId;

    @Column(name = "document_id")
    private long documentId;

    @Column(name = "source_version_id")
    private long sourceVersionId;

    @Column(name = "revised_version_id")
    private Long revisedVersionId;

    @Column(name = "issued_version_id")
    private Long issuedVersionId;

    @Column(name = "issued_number")
    private String issuedNumber;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Version
    private long version;

    protected Consolidation() {}

    public void revisedAs(long versionId) {
        this.revisedVersionId = versionId;
    }

    public void issued(long versionId, String number, LocalDate on, Instant now, String by) {
        this.issuedVersionId = versionId;
        this.issuedNumber = number;
        this.issuedOn = on;
        this.issuedAt = now;
        this.issuedBy = by;
    }

    public boolean isIssued() {
        return issuedNumber != null;
    }

    public long consultationId() {
        return consultationId;
    }

    public long documentId() {
        return documentId;
    }

    public long sourceVersionId() {
        return sourceVersionId;
    }

    public Long revisedVersionId() {
        return revisedVersionId;
    }

    public Long issuedVersionId() {
        return issuedVersionId;
    }

    public String issuedNumber() {
        return issuedNumber;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }
}
