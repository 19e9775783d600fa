package vn.tochuc.danhgia.consultations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The module's configuration ({@code consultations.*}). */
@ApplicationScoped
public class ConsultationSettings {

    @Inject
    @ConfigProperty(name = "consultations.reminder.days-before", defaultValue = "2")
    int reminderDaysBefore;

    @Inject
    @ConfigProperty(name = "consultations.reminder.enabled", defaultValue = "true")
    boolean remindersEnabled;

    public int reminderDaysBefore() {
        return reminderDaysBefore;
    }

    public boolean remindersEnabled() {
        return remindersEnabled;
    }
}
