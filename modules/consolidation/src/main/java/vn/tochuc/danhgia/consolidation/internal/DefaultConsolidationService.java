package vn.tochuc.danhgia.consolidation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import vn.tochuc.danhgia.consolidation.Approval;
import vn.tochuc.danhgia.consolidation.ApprovalResult;
import vn.tochuc.danhgia.consolidation.ConsolidationReport;
import vn.tochuc.danhgia.consolidation.ConsolidationService;
import vn.tochuc.danhgia.consolidation.ConsolidationView;
import vn.tochuc.danhgia.consolidation.DispositionInput;
import vn.tochuc.danhgia.consolidation.DispositionView;
import vn.tochuc.danhgia.consolidation.IssueRequest;
import vn.tochuc.danhgia.consolidation.RevisionChange;
import vn.tochuc.danhgia.consolidation.RevisionDiff;
import vn.tochuc.danhgia.consolidation.domain.Consolidation;
import vn.tochuc.danhgia.consolidation.domain.ConsolidationRepository;
import vn.tochuc.danhgia.documents.StructureEdit;
import vn.tochuc.danhgia.documents.VersionView;

/**
 * The consolidation module's API: checks that the caller is a Board member, holds the transactions, and hands each
 * use case to the class that does it: {@link Decisions}, {@link RevisionEdits} and {@link Revision} for the revised
 * draft, {@link Reports}, {@link FinalIssue}.
 */
@ApplicationScoped
public class DefaultConsolidationService implements ConsolidationService {

    @Inject
    Board board;

    @Inject
    ConsolidationRepository repository;

    @Inject
    ConsultationComments consultations;

    @Inject
    Overviews overviews;

    @Inject
    Decisions decisions;

    @Inject
    RevisionEdits revisionEdits;

    @Inject
    Revision revision;

    @Inject
    Reports reports;

    @Inject
    FinalIssue finalIssue;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsolidationView overview(long consultationId) {
        board.require();
        return overviews.overview(consultationId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DispositionView> dispositions(long consultationId) {
        board.require();
        return decisions.dispositions(consultationId);
    }

    @Override
    @Transactional
    public List<DispositionView> propose(long consultationId, List<DispositionInput> rows) {
        return decisions.propose(consultationId, rows);
    }

    @Override
    @Transactional
    public ApprovalResult approve(long consultationId, List<Approval> list) {
        return decisions.approve(consultationId, list);
    }

    @Override
    @Transactional
    public ConsolidationView consolidate(long consultationId) {
        return decisions.consolidate(consultationId);
    }

    @Override
    @Transactional
    public VersionView startRevision(long consultationId) {
        return revisionEdits.start(consultationId);
    }

    @Override
    @Transactional
    public VersionView editRevision(long consultationId, StructureEdit edit, long expectedVersion,
            Collection<Long> commentIds) {
        return revisionEdits.edit(consultationId, edit, expectedVersion, commentIds);
    }

    @Override
    @Transactional
    public RevisionChange linkChange(long consultationId, long changeId, Collection<Long> commentIds) {
        return revisionEdits.link(consultationId, changeId, commentIds);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RevisionChange> changes(long consultationId) {
        board.require();
        consultations.consultation(consultationId);
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
        return reports.report(consultationId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] reportDocx(long consultationId) {
        board.require();
        return reports.docx(consultationId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] reportXlsx(long consultationId) {
        board.require();
        return reports.xlsx(consultationId);
    }

    @Override
    @Transactional
    public ConsolidationView issue(long consultationId, IssueRequest request) {
        finalIssue.issue(consultationId, request);
        return overview(consultationId);
    }
}
