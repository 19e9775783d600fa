package vn.tochuc.danhgia.consultations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tochuc.danhgia.audit.AuditEvent;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.consultations.ConsultationDraft;
import vn.tochuc.danhgia.consultations.domain.Consultation;
import vn.tochuc.danhgia.consultations.domain.ConsultationRepository;
import vn.tochuc.danhgia.consultations.domain.Recipient;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.documents.VersionView;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.kernel.Checks;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.units.UnitDirectory;
import vn.tochuc.danhgia.units.UnitGroupView;
import vn.tochuc.danhgia.units.UnitView;

/**
 * Checks a new consultation field by field and stores it with its recipient units: the active units of the chosen
 * groups, then the single units chosen (each unit once, under the group through which it was chosen first).
 */
@ApplicationScoped
public class ConsultationFactory {

    @Inject
    ConsultationRepository repository;

    @Inject
    DocumentService documents;

    @Inject
    UnitDirectory units;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    public Consultation create(ConsultationDraft d) {
        if (d == null) {
            throw AppException.invalid(List.of(FieldError.of("body", "error.field.required")));
        }
        Instant now = Instant.now();
        List<String> groups = codes(d.recipientGroups());
        List<String> singles = codes(d.recipientUnits());
        Checks checks = Checks.start().required("title", d.title()).maxLength("title", d.title(), 500)
                .required("reference", d.reference()).maxLength("reference", d.reference(), 100)
                .maxLength("letter", d.letter(), 20000).required("documentId", d.documentId())
                .required("deadline", d.deadline());
        checks.when(d.deadline() != null && !d.deadline().toInstant().isAfter(now), "deadline",
                "consultations.error.deadline-past");
        checks.when(groups.isEmpty() && singles.isEmpty(), "recipientGroups", "consultations.error.no-recipients");
        Set<String> knownGroups = units.groups().stream().map(UnitGroupView::code).collect(Collectors.toSet());
        groups.stream().filter(g -> !knownGroups.contains(g)).forEach(g ->
                checks.add(FieldError.of("recipientGroups", "consultations.error.unknown-group", g)));
        Map<String, String> recipients = new LinkedHashMap<>();
        units.activeInGroups(groups).forEach(u -> recipients.putIfAbsent(u.code(), u.group()));
        for (String code : singles) {
            UnitView unit = units.find(code).filter(UnitView::active).orElse(null);
            if (unit == null) {
                checks.add(FieldError.of("recipientUnits", "consultations.error.unknown-unit", code));
            } else {
                recipients.putIfAbsent(unit.code(), unit.group());
            }
        }
        VersionView version = d.documentId() == null ? null : latest(d.documentId(), checks);
        checks.when(checks.ok() && recipients.isEmpty(), "recipientGroups", "consultations.error.no-recipients");
        checks.throwIfAny();
        Consultation c = new Consultation(d.title().strip(), d.reference().strip(),
                d.letter() == null ? "" : d.letter().strip(), version.documentId(), version.id(),
                d.deadline().toInstant(), Boolean.TRUE.equals(d.lateAllowed()), groups, singles, now,
                caller.username());
        repository.add(c);
        repository.flush();
        recipients.forEach((unit, group) -> repository.add(new Recipient(c.id(), unit, group)));
        repository.flush();
        audit.record(AuditEvent.created("consultation", String.valueOf(c.id()), Map.of("title", c.title(),
                "reference", c.reference(), "versionId", c.versionId(), "deadline", c.deadline().toString(),
                "lateAllowed", c.lateAllowed(), "recipients", recipients.keySet())));
        return c;
    }

    private VersionView latest(long documentId, Checks checks) {
        try {
            return documents.latest(documentId);
        } catch (AppException e) {
            checks.add(FieldError.of("documentId", "consultations.error.unknown-document", documentId));
            return null;
        }
    }

    private static List<String> codes(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(v -> v.strip().toUpperCase(Locale.ROOT)).distinct().toList();
    }
}
