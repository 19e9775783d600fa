package vn.tochuc.danhgia.consultations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.consultations.domain.Consultation;
import vn.tochuc.danhgia.consultations.domain.ConsultationRepository;
import vn.tochuc.danhgia.consultations.domain.Recipient;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.kernel.AppException;

/**
 * Who may see what, checked in the services (not only by the REST roles): Board staff see every consultation; a unit
 * user sees a published consultation only when its own unit is a recipient, and only its own unit's answer.
 */
@ApplicationScoped
public class Access {

    @Inject
    CurrentUser me;

    @Inject
    ConsultationRepository repository;

    public boolean board() {
        return me.has(Role.BOARD);
    }

    public void requireBoard() {
        if (!board()) {
            throw AppException.forbidden("error.auth.forbidden");
        }
    }

    /** The caller's unit; only UNIT users have one to act for. */
    public String myUnit() {
        if (!me.has(Role.UNIT) || me.unitCode().isEmpty()) {
            throw AppException.forbidden("consultations.error.unit-only");
        }
        return me.unitCode().get();
    }

    public Consultation existing(long id) {
        return repository.find(id).orElseThrow(() -> AppException.notFound("consultations.error.not-found", id));
    }

    /** The consultation, if the caller's unit is one of its recipients and it has been published (else 403). */
    public Recipient recipientOf(Consultation consultation, String unit) {
        Recipient recipient = repository.recipient(consultation.id(), unit)
                .orElseThrow(() -> AppException.forbidden("consultations.error.not-recipient", unit));
        if (consultation.state() == ConsultationState.DRAFT) {
            throw AppException.forbidden("consultations.error.not-recipient", unit);
        }
        return recipient;
    }
}
