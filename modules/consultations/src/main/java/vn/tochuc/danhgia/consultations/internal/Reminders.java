package vn.tochuc.danhgia.consultations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.consultations.domain.Consultation;
import vn.tochuc.danhgia.consultations.domain.ConsultationRepository;
import vn.tochuc.danhgia.consultations.domain.ConsultationRules;
import vn.tochuc.danhgia.consultations.domain.Recipient;
import vn.tochuc.danhgia.consultations.domain.Reminder;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.kernel.Zones;
import vn.tochuc.danhgia.notifications.Notifier;

/**
 * Sends reminders to units that have not submitted, at most once per unit and day (Vietnam time), by hand or
 * automatically a configured number of days before each unit's deadline. Runs in the caller's transaction.
 */
@ApplicationScoped
public class Reminders {

    @Inject
    ConsultationRepository repository;

    @Inject
    Notifier notifier;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    /** Reminds each of the candidates not reminded today; returns those reminded. */
    public List<String> send(Consultation c, List<Recipient> candidates, String kind, Instant now) {
        LocalDate today = now.atZone(Zones.VIETNAM).toLocalDate();
        List<String> reminded = new ArrayList<>();
        for (Recipient r : candidates) {
            if (repository.currentSubmission(c.id(), r.unitCode()).isPresent()
                    || repository.remindedOn(c.id(), r.unitCode(), today)) {
                continue;
            }
            Instant deadline = ConsultationRules.deadline(c.deadline(), r.deadlineOverride());
            repository.add(new Reminder(c.id(), r.unitCode(), kind, today, now, caller.username()));
            notifier.notifyUnits(List.of(r.unitCode()), Announcements.reminder(c, deadline));
            reminded.add(r.unitCode());
        }
        if (!reminded.isEmpty()) {
            repository.flush();
            audit.record(AuditEvent.action("REMIND", "consultation", String.valueOf(c.id()),
                    kind + ": " + String.join(", ", reminded)));
        }
        return reminded;
    }

    /** The automatic pass over one open consultation. */
    public int due(Consultation c, int daysBefore, Instant now) {
        List<Recipient> candidates = repository.recipients(c.id()).stream()
                .filter(r -> ConsultationRules.reminderDue(now,
                        ConsultationRules.deadline(c.deadline(), r.deadlineOverride()), daysBefore))
                .toList();
        return candidates.isEmpty() ? 0 : send(c, candidates, "AUTO", now).size();
    }
}
