package vn.tochuc.danhgia.consultations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.consultations.Receipt;
import vn.tochuc.danhgia.consultations.domain.Answer;
import vn.tochuc.danhgia.consultations.domain.Consultation;
import vn.tochuc.danhgia.consultations.domain.ConsultationRepository;
import vn.tochuc.danhgia.consultations.domain.ConsultationRules;
import vn.tochuc.danhgia.consultations.domain.Recipient;
import vn.tochuc.danhgia.consultations.domain.Submission;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.documents.VersionView;

/** Maps consultations to what the Board and a unit see of them. */
@ApplicationScoped
public class Views {

    @Inject
    ConsultationRepository repository;

    @Inject
    DocumentService documents;

    @Inject
    Tracking tracking;

    public ConsultationView board(Consultation c) {
        return view(c, c.deadline(), null, Tracking.counts(tracking.rows(c)));
    }

    /** The consultation as the unit sees it: its own deadline and status, nothing about other units. */
    public ConsultationView unit(Consultation c, String unit) {
        Recipient r = repository.recipient(c.id(), unit).orElseThrow();
        Instant deadline = ConsultationRules.deadline(c.deadline(), r.deadlineOverride());
        Submission current = repository.currentSubmission(c.id(), unit).orElse(null);
        boolean drafting = repository.answer(c.id(), unit).map(a -> a.state() == Answer.State.DRAFT).orElse(false);
        boolean editable = ConsultationRules.editable(c.state(), Instant.now(), deadline, c.lateAllowed(),
                current != null);
        ConsultationView.MyStatus mine = new ConsultationView.MyStatus(unit, deadline,
                Tracking.status(r, current, drafting), current == null ? null : current.receiptNumber(),
                current == null ? null : current.submittedAt(), current != null && current.late(), editable,
                deadline.isAfter(c.deadline()));
        return view(c, deadline, mine, null);
    }

    private ConsultationView view(Consultation c, Instant deadline, ConsultationView.MyStatus mine,
            vn.tochuc.danhgia.consultations.StatusCounts counts) {
        VersionView version = documents.version(c.versionId());
        return new ConsultationView(c.id(), c.title(), c.reference(), c.letter(), c.documentId(), c.versionId(),
                version.label(), version.number(), deadline, c.lateAllowed(), c.state(), c.recipientGroups(),
                c.recipientUnits(), repository.recipients(c.id()).size(), c.createdAt(), c.createdBy(),
                c.publishedAt(), c.version(), mine, counts);
    }

    /** Records that the unit opened the consultation, the first time only. */
    public void opened(Recipient recipient) {
        recipient.markOpened(Instant.now());
    }

    public static Receipt receipt(Submission s) {
        return new Receipt(s.id(), s.receiptNumber(), s.consultationId(), s.unitCode(), s.seq(), s.submittedAt(),
                s.late(), s.signerName(), s.signerTitle(), s.stance(), s.commentCount(), s.withdrawnAt());
    }
}
