package vn.tochuc.danhgia.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.documents.DocumentUploaded;
import vn.tochuc.danhgia.documents.DocumentView;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.VersionView;
import vn.tochuc.danhgia.documents.domain.Document;
import vn.tochuc.danhgia.documents.domain.DocumentFile;
import vn.tochuc.danhgia.documents.domain.DocumentRepository;
import vn.tochuc.danhgia.documents.domain.DocumentVersion;
import vn.tochuc.danhgia.documents.internal.docx.DocxWriter;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * Makes new versions: a new document from an uploaded .docx, the next version of it from another upload, or from the
 * previous version by a revision (which records where each node came from, for the diff). The caller holds the
 * transaction.
 */
@ApplicationScoped
public class NewVersions {

    @Inject
    DocumentRepository repository;

    @Inject
    Versions versions;

    @Inject
    DocxUploads uploads;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Event<DocumentUploaded> uploaded;

    DocumentView upload(String fileName, byte[] content, String title) {
        Outline outline = uploads.parse(content);
        String name = title == null || title.isBlank() ? defaultTitle(outline) : title.strip();
        Checks.start().maxLength("title", name, 500).throwIfAny();
        Document document = new Document(name, Instant.now(), caller.username());
        repository.add(document);
        repository.flush();
        DocumentVersion version = store(document.id(), 1, fileName, content, outline, Map.of(), null);
        audit.record(AuditEvent.created("document", String.valueOf(document.id()), Map.of("title", name,
                "fileName", DocxUploads.safe(fileName), "articles", version.articles())));
        uploaded.fire(new DocumentUploaded(document.id(), version.id(), 1));
        return versions.view(document);
    }

    VersionView uploadVersion(long documentId, String fileName, byte[] content) {
        Document document = versions.document(documentId);
        versions.requireNotIssued(documentId);
        Outline outline = uploads.parse(content);
        DocumentVersion version = store(document.id(), versions.nextNumber(documentId), fileName, content, outline,
                Map.of(), null);
        audit.record(AuditEvent.action("NEW_VERSION", "document", String.valueOf(documentId),
                AuditSummary.of("documents.audit.uploaded", version.number(), DocxUploads.safe(fileName))));
        uploaded.fire(new DocumentUploaded(documentId, version.id(), version.number()));
        return Versions.view(version);
    }

    VersionView revise(long versionId) {
        DocumentVersion from = versions.existing(versionId);
        versions.requireNotIssued(from.documentId());
        OutlineCache.Entry entry = versions.entry(from);
        int number = versions.nextNumber(from.documentId());
        // Each node of the new version starts as the node of the same path in the version it comes from.
        Map<String, String> origins = new HashMap<>();
        entry.nodes().stream().map(NodeRef::path).forEach(p -> origins.put(p, p));
        DocumentVersion version = store(from.documentId(), number, from.fileName(), DocxWriter.write(entry.outline()),
                entry.outline(), origins, from.id());
        audit.record(AuditEvent.action("NEW_VERSION", "document", String.valueOf(from.documentId()),
                AuditSummary.of("documents.audit.revised", number, from.number())));
        uploaded.fire(new DocumentUploaded(from.documentId(), version.id(), number));
        return Versions.view(version);
    }

    private DocumentVersion store(long documentId, int number, String fileName, byte[] content, Outline outline,
            Map<String, String> origins, Long revisedFrom) {
        DocumentVersion version = new DocumentVersion(documentId, number, DocxUploads.safe(fileName),
                DocxUploads.sha256(content), OutlineCodec.write(outline), NodeOrigins.write(origins),
                outline.allArticles().size(), Instant.now(), caller.username());
        if (revisedFrom != null) {
            version.revisedFrom(revisedFrom);
        }
        repository.add(version);
        repository.flush();
        repository.add(new DocumentFile(version.id(), content));
        repository.flush();
        return version;
    }

    /** The title typed at the top of the draft, or "Dự thảo" when it has none. */
    private static String defaultTitle(Outline outline) {
        String title = String.join(" ", outline.titleLines()).replaceAll("\\s+", " ").strip();
        if (title.isEmpty()) {
            title = Messages.get(Messages.VIETNAMESE, "documents.default-title");
        }
        return title.length() > 500 ? title.substring(0, 500) : title;
    }
}
