package vn.tochuc.danhgia.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.documents.DocumentUploaded;
import vn.tochuc.danhgia.documents.DocumentVersionIssued;
import vn.tochuc.danhgia.documents.DocumentVersionSent;
import vn.tochuc.danhgia.documents.DocumentView;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.StructureEdit;
import vn.tochuc.danhgia.documents.VersionChange;
import vn.tochuc.danhgia.documents.VersionDiff;
import vn.tochuc.danhgia.documents.VersionView;
import vn.tochuc.danhgia.documents.domain.Document;
import vn.tochuc.danhgia.documents.domain.DocumentFile;
import vn.tochuc.danhgia.documents.domain.DocumentNodeRow;
import vn.tochuc.danhgia.documents.domain.DocumentRepository;
import vn.tochuc.danhgia.documents.domain.DocumentVersion;
import vn.tochuc.danhgia.documents.internal.docx.DocxLimits;
import vn.tochuc.danhgia.documents.internal.docx.DocxOutlineParser;
import vn.tochuc.danhgia.documents.internal.docx.DocxWriter;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.kernel.Checks;

@ApplicationScoped
public class DefaultDocumentService implements DocumentService {

    @Inject
    DocumentRepository repository;

    @Inject
    OutlineCache cache;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Event<DocumentUploaded> uploaded;

    @Inject
    Event<DocumentVersionSent> sent;

    @Inject
    Event<DocumentVersionIssued> issued;

    @Inject
    ChangeLog changeLog;

    @Inject
    VersionDiffs diffs;

    @Inject
    @ConfigProperty(name = "documents.max-upload-mb", defaultValue = "20")
    int maxUploadMb;

    /** The upload limit in bytes, for the REST resource and the upload screen. */
    public long maxBytes() {
        return maxUploadMb * DocxLimits.MEGABYTE;
    }

    @Override
    @Transactional
    public DocumentView upload(String fileName, byte[] content, String title) {
        Outline outline = parse(content);
        String name = title == null || title.isBlank() ? defaultTitle(outline) : title.strip();
        Checks.start().maxLength("title", name, 500).throwIfAny();
        Document document = new Document(name, Instant.now(), caller.username());
        repository.add(document);
        repository.flush();
        DocumentVersion version = store(document.id(), 1, fileName, content, outline, p -> null, null);
        audit.record(AuditEvent.created("document", String.valueOf(document.id()),
                Map.of("title", name, "fileName", safe(fileName), "articles", version.articles())));
        uploaded.fire(new DocumentUploaded(document.id(), version.id(), 1));
        return view(document);
    }

    @Override
    @Transactional
    public VersionView uploadVersion(long documentId, String fileName, byte[] content) {
        Document document = document(documentId);
        requireNotIssued(documentId);
        Outline outline = parse(content);
        DocumentVersion version = store(document.id(), nextNumber(documentId), fileName, content, outline, p -> null,
                null);
        audit.record(AuditEvent.action("NEW_VERSION", "document", String.valueOf(documentId),
                "Dự thảo lần " + version.number() + " (" + safe(fileName) + ")"));
        uploaded.fire(new DocumentUploaded(documentId, version.id(), version.number()));
        return view(version);
    }

    @Override
    @Transactional
    public VersionView revise(long versionId) {
        DocumentVersion from = existing(versionId);
        requireNotIssued(from.documentId());
        Outline outline = entry(from).outline();
        int number = nextNumber(from.documentId());
        // Each node of the new version starts as the node of the same path in the version it comes from.
        DocumentVersion version = store(from.documentId(), number, from.fileName(), DocxWriter.write(outline), outline,
                UnaryOperator.identity(), from.id());
        audit.record(AuditEvent.action("NEW_VERSION", "document", String.valueOf(from.documentId()),
                "Dự thảo lần " + number + " từ Dự thảo lần " + from.number()));
        uploaded.fire(new DocumentUploaded(from.documentId(), version.id(), number));
        return view(version);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentView get(long documentId) {
        return view(document(documentId));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentView> list() {
        return repository.all().stream().map(this::view).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionView version(long versionId) {
        return view(existing(versionId));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionView latest(long documentId) {
        return get(documentId).latest();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Outline outline(long versionId) {
        return entry(existing(versionId)).outline();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NodeRef> nodes(long versionId) {
        return entry(existing(versionId)).nodes();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NodeRef> node(long versionId, String path) {
        return Optional.ofNullable(entry(existing(versionId)).byPath().get(path));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] file(long versionId) {
        return repository.file(versionId).map(DocumentFile::content)
                .orElseThrow(() -> AppException.notFound("documents.error.version-not-found", versionId));
    }

    @Override
    @Transactional
    public VersionView edit(long versionId, StructureEdit edit, long expectedVersion) {
        return edit(versionId, edit, expectedVersion, List.of());
    }

    @Override
    @Transactional
    public VersionView edit(long versionId, StructureEdit edit, long expectedVersion, Collection<Long> commentIds) {
        Checks.start().required("op", edit == null ? null : edit.op()).throwIfAny();
        DocumentVersion version = unsentForUpdate(versionId);
        if (version.version() != expectedVersion) {
            throw AppException.conflict("error.conflict.version", version.version(), expectedVersion);
        }
        EditTracking.Edited edited = OutlineEditor.applyTracked(entry(version).outline(), edit);
        Outline corrected = edited.outline();
        byte[] docx = DocxWriter.write(corrected);
        version.correct(OutlineCodec.write(corrected), corrected.allArticles().size(), sha256(docx), Instant.now());
        repository.file(versionId).ifPresent(f -> f.replace(docx));
        Map<String, String> origins = repository.origins(versionId);
        Map<String, String> originsAfter = ChangeLog.originsAfter(edited, origins);
        repository.replaceNodes(versionId, rows(versionId, corrected, originsAfter::get));
        changeLog.record(versionId, edited, origins, commentIds == null ? List.of() : commentIds, caller.username());
        repository.flush();
        audit.record(new AuditEvent("EDIT_STRUCTURE", "document-version", String.valueOf(versionId),
                edit.op() + " " + (edit.path() == null ? "" : edit.path()), null,
                Map.of("edit", edit, "comments", commentIds == null ? List.of() : List.copyOf(commentIds))));
        return view(version);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionChange> changes(long versionId) {
        existing(versionId);
        return repository.changes(versionId).stream().map(ChangeLog::view).toList();
    }

    @Override
    @Transactional
    public VersionChange link(long changeId, Collection<Long> commentIds) {
        var change = repository.change(changeId)
                .orElseThrow(() -> AppException.notFound("documents.error.change-not-found", changeId));
        unsentForUpdate(change.versionId());
        List<Long> before = List.copyOf(change.commentIds());
        change.relink(commentIds == null ? List.of() : commentIds);
        repository.flush();
        audit.record(new AuditEvent("LINK_CHANGE", "document-version", String.valueOf(change.versionId()),
                "Thay đổi " + change.seq() + " (" + change.label() + ")", Map.of("comments", before),
                Map.of("comments", List.copyOf(change.commentIds()))));
        return ChangeLog.view(change);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionDiff diff(long fromVersionId, long toVersionId) {
        DocumentVersion from = existing(fromVersionId);
        DocumentVersion to = existing(toVersionId);
        if (from.documentId() != to.documentId()) {
            throw AppException.invalid(List.of(vn.tochuc.danhgia.kernel.FieldError.of("to",
                    "documents.error.diff-other-document")));
        }
        return diffs.diff(from, entry(from).nodes(), to, entry(to).nodes());
    }

    @Override
    @Transactional
    public VersionView issue(long versionId, String number, LocalDate issuedOn) {
        Checks.start().required("number", number).maxLength("number", number, 100).required("issuedOn", issuedOn)
                .throwIfAny();
        DocumentVersion version = repository.versionForUpdate(versionId)
                .orElseThrow(() -> AppException.notFound("documents.error.version-not-found", versionId));
        requireNotIssued(version.documentId());
        Outline issuedText = IssuedText.apply(entry(version).outline(), number.strip(), issuedOn);
        byte[] docx = DocxWriter.write(issuedText);
        version.issue(number.strip(), issuedOn, OutlineCodec.write(issuedText), sha256(docx), Instant.now(),
                caller.username());
        repository.file(versionId).ifPresent(f -> f.replace(docx));
        repository.flush();
        audit.record(new AuditEvent("ISSUE", "document-version", String.valueOf(versionId), "Dự thảo lần "
                + version.number() + " ban hành: số " + number.strip() + " ngày " + issuedOn, null,
                Map.of("number", number.strip(), "issuedOn", issuedOn.toString())));
        issued.fire(new DocumentVersionIssued(version.documentId(), versionId, number.strip(), issuedOn));
        return view(version);
    }

    @Override
    @Transactional
    public VersionView markSent(long versionId) {
        DocumentVersion version = repository.versionForUpdate(versionId)
                .orElseThrow(() -> AppException.notFound("documents.error.version-not-found", versionId));
        if (!version.sent()) {
            version.markSent(Instant.now());
            repository.flush();
            audit.record(AuditEvent.action("SEND", "document-version", String.valueOf(versionId),
                    "Dự thảo lần " + version.number() + " đã gửi, không sửa được nữa"));
            sent.fire(new DocumentVersionSent(version.documentId(), versionId));
        }
        return view(version);
    }

    private Outline parse(byte[] content) {
        return DocxOutlineParser.parse(content, DocxLimits.ofMaxBytes(maxBytes()));
    }

    private DocumentVersion unsentForUpdate(long versionId) {
        DocumentVersion version = repository.versionForUpdate(versionId)
                .orElseThrow(() -> AppException.notFound("documents.error.version-not-found", versionId));
        if (version.issuedNumber() != null) {
            throw AppException.conflict("documents.error.issued", version.issuedNumber());
        }
        if (version.sent()) {
            throw AppException.conflict("documents.error.version-sent", "Dự thảo lần " + version.number());
        }
        return version;
    }

    /** An issued document is final: no new version, no edit (409). */
    private void requireNotIssued(long documentId) {
        repository.versions(documentId).stream().filter(v -> v.issuedNumber() != null).findFirst().ifPresent(v -> {
            throw AppException.conflict("documents.error.issued", v.issuedNumber());
        });
    }

    private DocumentVersion store(long documentId, int number, String fileName, byte[] content, Outline outline,
            UnaryOperator<String> originOf, Long revisedFrom) {
        DocumentVersion version = new DocumentVersion(documentId, number, safe(fileName), sha256(content),
                OutlineCodec.write(outline), outline.allArticles().size(), Instant.now(), caller.username());
        if (revisedFrom != null) {
            version.revisedFrom(revisedFrom);
        }
        repository.add(version);
        repository.flush();
        repository.add(new DocumentFile(version.id(), content));
        repository.replaceNodes(version.id(), rows(version.id(), outline, originOf));
        repository.flush();
        return version;
    }

    private static List<DocumentNodeRow> rows(long versionId, Outline outline, UnaryOperator<String> originOf) {
        return OutlineNodes.of(outline).stream().map(n -> new DocumentNodeRow(versionId, n.path(), n.kind().name(),
                n.label(), n.title(), n.text(), n.order(), n.parentPath(), originOf.apply(n.path()))).toList();
    }

    private int nextNumber(long documentId) {
        return repository.versions(documentId).stream().mapToInt(DocumentVersion::number).max().orElse(0) + 1;
    }

    private OutlineCache.Entry entry(DocumentVersion version) {
        return cache.get(version.id(), version.version(), () -> OutlineCodec.read(version.outlineJson()));
    }

    private Document document(long id) {
        return repository.find(id).orElseThrow(() -> AppException.notFound("documents.error.not-found", id));
    }

    private DocumentVersion existing(long versionId) {
        return repository.version(versionId)
                .orElseThrow(() -> AppException.notFound("documents.error.version-not-found", versionId));
    }

    private DocumentView view(Document d) {
        return new DocumentView(d.id(), d.title(), d.createdAt(), d.createdBy(),
                repository.versions(d.id()).stream().map(DefaultDocumentService::view).toList());
    }

    static VersionView view(DocumentVersion v) {
        return new VersionView(v.id(), v.documentId(), v.number(), "Dự thảo lần " + v.number(), v.fileName(),
                v.articles(), v.sent(), v.sentAt(), v.createdAt(), v.createdBy(), v.version(), v.revisedFrom(),
                v.issuedNumber(), v.issuedOn());
    }

    private static String defaultTitle(Outline outline) {
        String title = String.join(" ", outline.titleLines()).replaceAll("\\s+", " ").strip();
        if (title.isEmpty()) {
            title = "Dự thảo";
        }
        return title.length() > 500 ? title.substring(0, 500) : title;
    }

    private static String safe(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "du-thao.docx" : fileName.replaceAll("[\\\\/]", "_");
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
