package vn.tochuc.danhgia.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.documents.DocumentVersionIssued;
import vn.tochuc.danhgia.documents.DocumentVersionSent;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.VersionView;
import vn.tochuc.danhgia.documents.domain.DocumentRepository;
import vn.tochuc.danhgia.documents.domain.DocumentVersion;
import vn.tochuc.danhgia.documents.internal.docx.DocxWriter;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.kernel.Checks;

/**
 * The two ways a version leaves the Board's hands and freezes: sent to the units for comments, or issued (ban hành)
 * as the final text with its number and date. The caller holds the transaction.
 */
@ApplicationScoped
public class VersionRelease {

    @Inject
    DocumentRepository repository;

    @Inject
    Versions versions;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Event<DocumentVersionSent> sent;

    @Inject
    Event<DocumentVersionIssued> issued;

    VersionView issue(long versionId, String number, LocalDate issuedOn) {
        Checks.start().required("number", number).maxLength("number", number, 100).required("issuedOn", issuedOn)
                .throwIfAny();
        String issuedNumber = number.strip();
        DocumentVersion version = versions.forUpdate(versionId);
        versions.requireNotIssued(version.documentId());
        Outline issuedText = IssuedText.apply(versions.entry(version).outline(), issuedNumber, issuedOn);
        byte[] docx = DocxWriter.write(issuedText);
        version.issue(issuedNumber, issuedOn, OutlineCodec.write(issuedText), DocxUploads.sha256(docx),
                Instant.now(), caller.username());
        repository.file(versionId).ifPresent(f -> f.replace(docx));
        repository.flush();
        audit.record(new AuditEvent("ISSUE", "document-version", String.valueOf(versionId), "", null,
                Map.of("number", issuedNumber, "issuedOn", issuedOn.toString()),
                AuditSummary.of("documents.audit.issued", version.number(), issuedNumber, issuedOn)));
        issued.fire(new DocumentVersionIssued(version.documentId(), versionId, issuedNumber, issuedOn));
        return Versions.view(version);
    }

    VersionView markSent(long versionId) {
        DocumentVersion version = versions.forUpdate(versionId);
        if (!version.sent()) {
            version.markSent(Instant.now());
            repository.flush();
            audit.record(AuditEvent.action("SEND", "document-version", String.valueOf(versionId),
                    AuditSummary.of("documents.audit.sent", version.number())));
            sent.fire(new DocumentVersionSent(version.documentId(), versionId));
        }
        return Versions.view(version);
    }
}
