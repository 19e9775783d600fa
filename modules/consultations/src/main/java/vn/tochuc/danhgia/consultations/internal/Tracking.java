package vn.tochuc.danhgia.consultations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tochuc.danhgia.consultations.RecipientStatus;
import vn.tochuc.danhgia.consultations.Stance;
import vn.tochuc.danhgia.consultations.StatusCounts;
import vn.tochuc.danhgia.consultations.UnitAnswerStatus;
import vn.tochuc.danhgia.consultations.domain.Consultation;
import vn.tochuc.danhgia.consultations.domain.ConsultationRepository;
import vn.tochuc.danhgia.consultations.domain.ConsultationRules;
import vn.tochuc.danhgia.consultations.domain.Recipient;
import vn.tochuc.danhgia.consultations.domain.Reminder;
import vn.tochuc.danhgia.consultations.domain.Submission;
import vn.tochuc.danhgia.units.UnitDirectory;
import vn.tochuc.danhgia.units.UnitGroupView;

/** Builds the Board's tracking rows and counts from recipients, answers, submissions and reminders. */
@ApplicationScoped
public class Tracking {

    @Inject
    ConsultationRepository repository;

    @Inject
    UnitDirectory units;

    public List<RecipientStatus> rows(Consultation c) {
        List<Recipient> recipients = repository.recipients(c.id());
        Map<String, Submission> current = new HashMap<>();
        repository.currentSubmissions(c.id()).forEach(s -> current.put(s.unitCode(), s));
        Set<String> drafting = new HashSet<>(repository.unitsWithDraft(c.id()));
        Map<String, Instant> reminded = new HashMap<>();
        repository.reminders(c.id()).forEach(r -> reminded.put(r.unitCode(), r.sentAt()));
        Map<String, String> names = units.names(recipients.stream().map(Recipient::unitCode).toList());
        Map<String, String> groups = new HashMap<>();
        units.groups().forEach(g -> groups.put(g.code(), g.name()));
        return recipients.stream().map(r -> {
            Submission s = current.get(r.unitCode());
            return new RecipientStatus(r.unitCode(), names.getOrDefault(r.unitCode(), r.unitCode()), r.groupCode(),
                    groups.getOrDefault(r.groupCode(), r.groupCode()), status(r, s, drafting.contains(r.unitCode())),
                    s == null ? null : s.stance(), s == null ? 0 : s.commentCount(),
                    s == null ? null : s.submittedAt(), s != null && s.late(),
                    ConsultationRules.deadline(c.deadline(), r.deadlineOverride()),
                    s == null ? null : s.receiptNumber(), reminded.get(r.unitCode()));
        }).toList();
    }

    static UnitAnswerStatus status(Recipient r, Submission current, boolean drafting) {
        if (current != null) {
            return current.late() ? UnitAnswerStatus.LATE : UnitAnswerStatus.SUBMITTED;
        }
        if (drafting) {
            return UnitAnswerStatus.DRAFT;
        }
        return r.openedAt() != null ? UnitAnswerStatus.OPENED : UnitAnswerStatus.NOT_OPENED;
    }

    public static StatusCounts counts(List<RecipientStatus> rows) {
        int[] n = new int[5];
        int agree = 0;
        int withComments = 0;
        int comments = 0;
        for (RecipientStatus row : rows) {
            n[row.status().ordinal()]++;
            agree += row.stance() == Stance.AGREE ? 1 : 0;
            withComments += row.stance() == Stance.COMMENTS ? 1 : 0;
            comments += row.comments();
        }
        return new StatusCounts(rows.size(), n[0], n[1], n[2], n[3], n[4], agree, withComments, comments);
    }

    /** Group names by code, for screens and the workbook. */
    public Map<String, String> groupNames() {
        Map<String, String> names = new HashMap<>();
        for (UnitGroupView g : units.groups()) {
            names.put(g.code(), g.name());
        }
        return names;
    }

    /** The unit's last reminder, if any (for its own status line). */
    public static Instant lastReminder(List<Reminder> reminders, String unit) {
        return reminders.stream().filter(r -> r.unitCode().equals(unit)).map(Reminder::sentAt)
                .reduce((a, b) -> b).orElse(null);
    }
}
