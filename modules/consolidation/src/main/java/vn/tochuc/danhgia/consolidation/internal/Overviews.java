package vn.tochuc.danhgia.consolidation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tochuc.danhgia.consolidation.ConsolidationView;
import vn.tochuc.danhgia.consolidation.Progress;
import vn.tochuc.danhgia.consolidation.domain.Consolidation;
import vn.tochuc.danhgia.consolidation.domain.ConsolidationRepository;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.documents.VersionView;

/** Where the consolidation of a consultation is: its versions, its progress, and what may be done next. */
@ApplicationScoped
public class Overviews {

    @Inject
    ConsultationComments consultations;

    @Inject
    ConsolidationRepository repository;

    @Inject
    DocumentService documents;

    ConsolidationView overview(long consultationId) {
        ConsultationView c = consultations.consultation(consultationId);
        Consolidation k = repository.find(consultationId).orElse(null);
        // Counts, not rows: decisions exist only for comments of current submissions (they are made once the
        // consultation is closed, when submissions can no longer change), so the tally is exact.
        Progress progress = Rows.progress(consultations.counts(consultationId).comments(),
                repository.tally(consultationId));
        return view(c, k, progress);
    }

    ConsolidationView view(ConsultationView c, Consolidation k, Progress progress) {
        boolean issued = k != null && k.isIssued();
        VersionView source = documents.version(c.versionId());
        VersionView revised = k == null || k.revisedVersionId() == null ? null
                : documents.version(k.revisedVersionId());
        boolean closed = c.state() == ConsultationState.CLOSED;
        return new ConsolidationView(c.id(), c.title(), c.reference(), c.state(), c.documentId(), c.versionId(),
                source.number(), c.versionLabel(), revised == null ? null : revised.id(),
                revised == null ? null : revised.number(), revised == null ? null : revised.label(),
                revised == null ? null : revised.version(), progress, issued ? k.issuedVersionId() : null,
                issued ? k.issuedNumber() : null, issued ? k.issuedOn() : null, closed && !issued,
                closed && !issued && progress.allApproved(),
                c.state() == ConsultationState.CONSOLIDATED && !issued);
    }
}
