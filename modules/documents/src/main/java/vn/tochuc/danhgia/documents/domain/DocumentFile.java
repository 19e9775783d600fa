package vn.tochuc.danhgia.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The .docx of a version: as uploaded, or as written from a corrected outline. */
@Entity
@Table(name = "document_file")
public class DocumentFile {

    @Id
    @Column(name = "version_id")
    private long versionId;

    @Lob
    private byte[] content;

    protected DocumentFile() {}

    public DocumentFile(long versionId, byte[] content) {
        this.versionId = versionId;
        this.content = content;
    }

    public void replace(byte[] newContent) {
        this.content = newContent;
    }

    public byte[] content() {
        return content;
    }
}
