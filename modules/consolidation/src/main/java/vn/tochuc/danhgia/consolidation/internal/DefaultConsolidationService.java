package vn.tochuc.danhgia.consolidation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.consolidation.Approval;
import vn.tochuc.danhgia.consolidation.ApprovalResult;
import vn.tochuc.danhgia.consolidation.ConsolidationCompleted;
import vn.tochuc.danhgia.consolidation.ConsolidationReport;
import vn.tochuc.danhgia.consolidation.ConsolidationService;
import vn.tochuc.danhgia.consolidation.ConsolidationView;
import vn.tochuc.danhgia.consolidation.DispositionInput;
import vn.tochuc.danhgia.consolidation.DispositionView;
import vn.tochuc.danhgia.consolidation.FinalVersionIssued;
import vn.tochuc.danhgia.consolidation.IssueRequest;
import vn.tochuc.danhgia.consolidation.Progress;
import vn.tochuc.danhgia.consolidation.RevisionChange;
import vn.tochuc.danhgia.consolidation.RevisionDiff;
import vn.tochuc.danhgia.consolidation.domain.Consolidation;
import vn.tochuc.danhgia.consolidation.domain.ConsolidationRepository;
import vn.tochuc.danhgia.consolidation.domain.Disposition;
import vn.tochuc.danhgia.consolidation.domain.DispositionRules;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.consultations.SubmittedComment;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.documents.StructureEdit;
import vn.tochuc.danhgia.documents.VersionChange;
import vn.tochuc.danhgia.documents.VersionView;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.Zones;

@ApplicationScoped
public class DefaultConsolidationService implements ConsolidationService {

    @Inject
    Board board;

    @Inject
    ConsolidationRepository repository;

    @Inject
    ConsultationService consultations;

    @Inject
    DocumentService documents;

    @Inject
    DispositionWriter writer;

    @Inject
    Approvals approvals;

    @Inject
    Revision revision;

    @Inject
    ReportSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Event<ConsolidationCompleted> completed;

    @Inject
    Event<FinalVersionIssued> issuedEvent;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsolidationView overview(long consultationId) {
        board.require();
        ConsultationView c = consultations.get(consultationId);
        Consolidation k = repository.find(consultationId).orElse(null);
        // Counts, not rows: decisions exist only for comments of current submissions (they are made once the
        // consultation is closed, when submissions can no longer change), so the tally is exact.
        Progress progress = Rows.progress(consultations.counts(consultationId).comments(),
                repository.tally(consultationId));
        return view(c, k, progress);
    }

    private ConsolidationView view(ConsultationView c, Consolidation k, Progress progress) {
        boolean issued = k != null && k.isIssued();
        VersionView revised = k == null || k.revisedVersionId() == null ? null : documents.version(k.revisedVersionId());
        boolean closed = c.state() == ConsultationState.CLOSED;
        return new ConsolidationView(c.id(), c.title(), c.reference(), c.state(), c.documentId(), c.versionId(),
                c.versionLabel(), revised == null ? null : revised.id(), revised == null ? null : revised.label(),
                revised == null ? null : revised.version(), progress, issued ? k.issuedVersionId() : null,
                issued ? k.issuedNumber() : null, issued ? k.issuedOn() : null, closed && !issued,
                closed && !issued && progress.allApproved(),
                c.state() == ConsultationState.CONSOLIDATED && !issued);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DispositionView> dispositions(long consultationId) {
        board.require();
        return Rows.views(consultations.submittedComments(consultationId), repository.decisions(consultationId));
    }

    @Override
    @Transactional
    public List<DispositionView> propose(long consultationId, List<DispositionInput> rows) {
        String me = board.require();
        ConsultationView c = consultations.get(consultationId);
        DispositionRules.requireDecidable(c.state(), repository.find(consultationId).map(Consolidation::isIssued)
                .orElse(false));
        List<SubmittedComment> comments = consultations.submittedComments(consultationId);
        Set<Long> known = new HashSet<>();
        comments.forEach(sc -> known.add(sc.commentId()));
        Checks checks = Checks.start();
        DispositionRules.check(rows, known).forEach(checks::add);
        checks.throwIfAny();
        Consolidation k = repository.lock(consultationId, c.documentId(), c.versionId(), me);
        DispositionRules.requireDecidable(consultations.get(consultationId).state(), k.isIssued());
        writer.write(consultationId, rows, me);
        Set<Long> touched = new HashSet<>();
        rows.forEach(r -> touched.addAll(DispositionWriter.members(r)));
        List<Disposition> all = repository.dispositions(consultationId);
        all.stream().filter(d -> touched.contains(d.commentId()) && d.groupId() != null).forEach(d -> all.stream()
                .filter(o -> d.groupId().equals(o.groupId())).forEach(o -> touched.add(o.commentId())));
        return Rows.views(comments.stream().filter(sc -> touched.contains(sc.commentId())).toList(), all);
    }

    @Override
    @Transactional
    public ApprovalResult approve(long consultationId, List<Approval> list) {
        String me = board.require();
        ConsultationView c = consultations.get(consultationId);
        Consolidation k = repository.lock(consultationId, c.documentId(), c.versionId(), me);
        DispositionRules.requireDecidable(c.state(), k.isIssued());
        return approvals.approve(consultationId, list, me);
    }

    @Override
    @Transactional
    public ConsolidationView consolidate(long consultationId) {
        String me = board.require();
        ConsultationView c = consultations.get(consultationId);
        Consolidation k = repository.lock(consultationId, c.documentId(), c.versionId(), me);
        DispositionRules.requireDecidable(c.state(), k.isIssued());
        List<SubmittedComment> comments = consultations.submittedComments(consultationId);
        Progress progress = Rows.progress(comments, Rows.byComment(repository.dispositions(consultationId)));
        if (!progress.allApproved()) {
            throw AppException.conflict("consolidation.error.not-all-approved",
                    progress.comments() - progress.approved(), progress.comments());
        }
        ConsultationView done = consultations.markConsolidated(consultationId);
        audit.record(AuditEvent.action("CONSOLIDATE", "consultation", String.valueOf(consultationId),
                "Hoàn thành tổng hợp: " + progress.comments() + " ý kiến đã có quyết định được phê duyệt"));
        completed.fire(new ConsolidationCompleted(consultationId));
        return view(done, k, progress);
    }

    @Override
    @Transactional
    public VersionView startRevision(long consultationId) {
        String me = board.require();
        ConsultationView c = consultations.get(consultationId);
        Consolidation k = repository.lock(consultationId, c.documentId(), c.versionId(), me);
        DispositionRules.requireRevisable(c.state(), k.isIssued());
        if (k.revisedVersionId() != null) {
            return documents.version(k.revisedVersionId());
        }
        VersionView next = documents.revise(c.versionId());
        k.revisedAs(next.id());
        audit.record(AuditEvent.action("START_REVISION", "consultation", String.valueOf(consultationId),
                next.label() + " từ " + c.versionLabel()));
        return next;
    }

    @Override
    @Transactional
    public VersionView editRevision(long consultationId, StructureEdit edit, long expectedVersion,
            Collection<Long> commentIds) {
        Consolidation k = revisable(consultationId);
        revision.requireComments(consultationId, commentIds);
        return documents.edit(k.revisedVersionId(), edit, expectedVersion, commentIds == null ? List.of()
                : commentIds);
    }

    @Override
    @Transactional
    public RevisionChange linkChange(long consultationId, long changeId, Collection<Long> commentIds) {
        Consolidation k = revisable(consultationId);
        boolean ours = documents.changes(k.revisedVersionId()).stream().anyMatch(ch -> ch.id() == changeId);
        if (!ours) {
            throw AppException.notFound("documents.error.change-not-found", changeId);
        }
        revision.requireComments(consultationId, commentIds);
        VersionChange linked = documents.link(changeId, commentIds == null ? List.of() : commentIds);
        return revision.change(consultationId, linked);
    }

    /** The consolidation locked, its revision started, nothing issued. */
    private Consolidation revisable(long consultationId) {
        String me = board.require();
        ConsultationView c = consultations.get(consultationId);
        Consolidation k = repository.lock(consultationId, c.documentId(), c.versionId(), me);
        DispositionRules.requireRevisable(c.state(), k.isIssued());
        if (k.revisedVersionId() == null) {
            throw AppException.conflict("consolidation.error.no-revision");
        }
        return k;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RevisionChange> changes(long consultationId) {
        board.require();
        consultations.get(consultationId);
        return repository.find(consultationId).map(Consolidation::revisedVersionId)
                .map(v -> revision.changes(consultationId, v)).orElse(List.of());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public RevisionDiff diff(long documentId, int fromNumber, int toNumber) {
        board.require();
        return revision.diff(documentId, fromNumber, toNumber);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsolidationReport report(long consultationId) {
        board.require();
        ConsultationView c = consultations.get(consultationId);
        ReportModel.Inputs inputs = new ReportModel.Inputs(c, documents.get(c.documentId()).title(),
                consultations.counts(consultationId), consultations.status(consultationId),
                consultations.submittedComments(consultationId), repository.decisions(consultationId),
                LocalDate.now(Zones.VIETNAM));
        return ReportModel.build(inputs, settings.values());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] reportDocx(long consultationId) {
        return ReportDocx.write(report(consultationId), settings.values().fontSize());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] reportXlsx(long consultationId) {
        return ReportXlsx.write(report(consultationId));
    }

    @Override
    @Transactional
    public ConsolidationView issue(long consultationId, IssueRequest request) {
        String me = board.require();
        Checks.start().required("number", request == null ? null : request.number())
                .maxLength("number", request == null ? null : request.number(), 100)
                .required("issuedOn", request == null ? null : request.issuedOn()).throwIfAny();
        ConsultationView c = consultations.get(consultationId);
        Consolidation k = repository.lock(consultationId, c.documentId(), c.versionId(), me);
        if (k.isIssued()) {
            throw AppException.conflict("consolidation.error.issued");
        }
        if (c.state() != ConsultationState.CONSOLIDATED) {
            throw AppException.conflict("consolidation.error.not-consolidated");
        }
        long versionId = k.revisedVersionId() != null ? k.revisedVersionId() : c.versionId();
        VersionView issued = documents.issue(versionId, request.number().strip(), request.issuedOn());
        k.issued(versionId, issued.issuedNumber(), issued.issuedOn(), Instant.now(), me);
        repository.flush();
        audit.record(new AuditEvent("ISSUE", "consultation", String.valueOf(consultationId), issued.label()
                + " ban hành: số " + issued.issuedNumber() + " ngày " + Zones.DATE.format(issued.issuedOn()
                        .atStartOfDay(Zones.VIETNAM)), null, Map.of("versionId", versionId,
                                "number", issued.issuedNumber(), "issuedOn", issued.issuedOn().toString())));
        issuedEvent.fire(new FinalVersionIssued(consultationId, versionId, issued.issuedNumber(), issued.issuedOn()));
        return overview(consultationId);
    }
}
