package vn.tochuc.danhgia.consolidation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditSummary;
import vn.tochuc.danhgia.consolidation.FinalVersionIssued;
import vn.tochuc.danhgia.consolidation.IssueRequest;
import vn.tochuc.danhgia.consolidation.domain.Consolidation;
import vn.tochuc.danhgia.consolidation.domain.ConsolidationRepository;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.documents.VersionView;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.Zones;

/**
 * Issues (ban hành) the final text of a consolidated consultation: the revised version, or the commented one when
 * none was started. Afterwards nothing of the consultation, its decisions or its draft changes. The caller holds the
 * transaction.
 */
@ApplicationScoped
public class FinalIssue {

    @Inject
    Board board;

    @Inject
    ConsolidationLock locks;

    @Inject
    ConsolidationRepository repository;

    @Inject
    DocumentService documents;

    @Inject
    AuditLog audit;

    @Inject
    Event<FinalVersionIssued> issuedEvent;

    void issue(long consultationId, IssueRequest request) {
        board.require();
        Checks.start().required("number", request == null ? null : request.number())
                .maxLength("number", request == null ? null : request.number(), 100)
                .required("issuedOn", request == null ? null : request.issuedOn()).throwIfAny();
        ConsolidationLock.Locked locked = locks.lock(consultationId);
        ConsultationView c = locked.consultation();
        Consolidation k = locked.consolidation();
        if (k.isIssued()) {
            throw AppException.conflict("consolidation.error.issued");
        }
        if (c.state() != ConsultationState.CONSOLIDATED) {
            throw AppException.conflict("consolidation.error.not-consolidated");
        }
        long versionId = k.revisedVersionId() != null ? k.revisedVersionId() : c.versionId();
        VersionView issued = documents.issue(versionId, request.number().strip(), request.issuedOn());
        k.issued(versionId, issued.issuedNumber(), issued.issuedOn(), Instant.now(), locked.me());
        repository.flush();
        audit.record(new AuditEvent("ISSUE", "consultation", String.valueOf(consultationId), "", null,
                Map.of("versionId", versionId, "number", issued.issuedNumber(),
                        "issuedOn", issued.issuedOn().toString()),
                AuditSummary.of("consolidation.audit.issued", issued.number(), issued.issuedNumber(),
                        Zones.DATE.format(issued.issuedOn().atStartOfDay(Zones.VIETNAM)))));
        issuedEvent.fire(new FinalVersionIssued(consultationId, versionId, issued.issuedNumber(), issued.issuedOn()));
    }
}
