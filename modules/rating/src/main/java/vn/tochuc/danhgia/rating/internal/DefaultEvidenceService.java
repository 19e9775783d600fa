package vn.tochuc.danhgia.rating.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.rating.EvidenceFile;
import vn.tochuc.danhgia.rating.EvidenceService;
import vn.tochuc.danhgia.rating.EvidenceView;
import vn.tochuc.danhgia.rating.domain.Evidence;
import vn.tochuc.danhgia.rating.domain.EvidenceRepository;
import vn.tochuc.danhgia.rating.domain.RatingSubject;

/**
 * Evidence files: the subject's unit adds and removes them while its self-assessment is an open draft; the Board and
 * the unit read them. The type is told by the content and must match the extension.
 */
@ApplicationScoped
public class DefaultEvidenceService implements EvidenceService {

    @Inject
    Access access;

    @Inject
    Stored stored;

    @Inject
    Extensions extensions;

    @Inject
    EvidenceRepository files;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    @Override
    @Transactional
    public EvidenceView add(long subjectId, String criterionCode, Integer targetIndex, String fileName,
            byte[] content) {
        Stored.Rated r = writable(subjectId);
        Frame frame = Frame.read(r.subject().frameJson());
        String code = criterionCode == null ? "" : criterionCode.strip();
        String name = fileName == null ? "" : fileName.strip();
        Checks.start().required("criterionCode", code)
                .when(!code.isEmpty() && frame.criterion(code).isEmpty(), "criterionCode",
                        "rating.error.criterion-unknown", code)
                .when(targetIndex != null && (targetIndex < 0 || targetIndex >= frame.targetsOf(code).size()),
                        "targetIndex", "rating.error.target-unknown", code, targetIndex == null ? 0 : targetIndex + 1)
                .required("file", name).maxLength("file", name, 255).throwIfAny();
        if (content.length == 0) {
            throw new AppException(ErrorKind.UNSUPPORTED_TYPE, "rating.error.evidence-type", name);
        }
        FileTypes type = FileTypes.sniff(content).orElseThrow(
                () -> new AppException(ErrorKind.UNSUPPORTED_TYPE, "rating.error.evidence-type", name));
        if (!type.named(name)) {
            throw new AppException(ErrorKind.UNSUPPORTED_TYPE, "rating.error.evidence-mismatch", name, type.name());
        }
        Evidence e = new Evidence(subjectId, new Evidence.File(code, targetIndex, name, type.mediaType(), content,
                sha256(content)), access.username(), clock.instant());
        files.add(e);
        audit.record(AuditEvent.action("UPLOAD", RatingAudit.EVIDENCE, Long.toString(subjectId),
                AuditSummary.of("rating.audit.evidence-added", name, r.subject().unitCode(), code,
                        Long.toString(content.length))));
        files.flush();
        return view(e);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvidenceView> list(long subjectId) {
        RatingSubject s = stored.subject(subjectId);
        access.requireRead(s.unitCode());
        return files.views(subjectId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvidenceFile download(long subjectId, long evidenceId) {
        RatingSubject s = stored.subject(subjectId);
        access.requireRead(s.unitCode());
        Evidence e = existing(subjectId, evidenceId);
        return new EvidenceFile(e.fileName(), e.mediaType(), e.content());
    }

    @Override
    @Transactional
    public void delete(long subjectId, long evidenceId) {
        Stored.Rated r = writable(subjectId);
        Evidence e = existing(subjectId, evidenceId);
        files.remove(e);
        audit.record(AuditEvent.action("DELETE", RatingAudit.EVIDENCE, Long.toString(subjectId),
                AuditSummary.of("rating.audit.evidence-removed", e.fileName(), r.subject().unitCode(),
                        e.criterionCode())));
    }

    private Stored.Rated writable(long subjectId) {
        RatingSubject s = stored.subject(subjectId);
        access.requireOwn(s.unitCode());
        Stored.Rated r = stored.rated(s, true);
        if (r.assessment().submitted()) {
            throw AppException.conflict("rating.error.submitted", r.assessment().receiptNumber());
        }
        extensions.requireOpen(s, r.cycle());
        return r;
    }

    private Evidence existing(long subjectId, long evidenceId) {
        return files.find(evidenceId).filter(e -> e.subjectId() == subjectId)
                .orElseThrow(() -> AppException.notFound("rating.error.evidence-not-found", Long.toString(evidenceId)));
    }

    private static EvidenceView view(Evidence e) {
        return new EvidenceView(e.id(), e.subjectId(), e.criterionCode(), e.targetIndex(), e.fileName(),
                e.mediaType(), e.size(), e.sha256(), e.uploadedBy(), e.uploadedAt());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
