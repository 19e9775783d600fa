package vn.tochuc.danhgia.consultations.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.kernel.Caller;

/**
 * Every hour, reminds the units that have not answered when their deadline is {@code
 * consultations.reminder.days-before} days away or closer. A unit gets at most one reminder a day, so running hourly
 * only makes sure a reminder goes out early in the day even after a restart.
 */
@Singleton
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @Inject
    ConsultationService consultations;

    @Inject
    ConsultationSettings settings;

    @Schedule(hour = "*", minute = "5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        if (!settings.remindersEnabled()) {
            return;
        }
        try {
            int sent = Caller.runAs("nhac-han-tu-dong", consultations::sendDueReminders);
            if (sent > 0) {
                LOG.info(() -> "Automatic reminders sent to " + sent + " units");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Automatic reminders failed; the next run tries again", e);
        }
    }
}
