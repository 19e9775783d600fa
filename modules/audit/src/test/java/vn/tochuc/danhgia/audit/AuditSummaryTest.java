package vn.tochuc.danhgia.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.kernel.Messages;

/** A summary with a key is stored in Vietnamese and shown in the reader's language; plain text stays as written. */
class AuditSummaryTest {

    private static final AuditSummary SUMMARY = AuditSummary.of("error.json.enum-value", "decision", 42,
            Messages.key("error.field.required"));

    @Test
    void anEventWithAKeyCarriesItsVietnameseText() {
        AuditEvent event = AuditEvent.action("REVIEW", "thing", "1", SUMMARY);

        assertEquals(Messages.get(Messages.VIETNAMESE, "error.json.enum-value", "decision", "42",
                Messages.get(Messages.VIETNAMESE, "error.field.required")), event.summary());
        assertEquals(SUMMARY, event.localized());
        assertEquals(SUMMARY, event.withValues("a", "b").localized());
    }

    @Test
    void plainTextStaysAsWritten() {
        AuditEvent event = AuditEvent.created("thing", "1", null).withSummary("Đơn vị xin thêm thời gian");

        assertEquals("Đơn vị xin thêm thời gian", event.summary());
        assertNull(event.localized());
        assertEquals("", AuditEvent.updated("thing", "1", null, null).summary());
    }

    @Test
    void theStoredArgumentsReadBackTheSameSummary() {
        String json = SUMMARY.argsJson();

        assertEquals("[\"decision\",\"42\",{\"key\":\"error.field.required\"}]", json);
        assertEquals(SUMMARY, AuditSummary.read("error.json.enum-value", json));
        assertEquals(List.of(), AuditSummary.read("error.field.required", null).args());
        assertNull(AuditSummary.read(null, json));
        assertNull(AuditSummary.read("error.json.enum-value", "not json"));
    }

    @Test
    void aRecordShowsItsSummaryInTheReadersLanguage() {
        AuditRecord keyed = record("ignored", SUMMARY.key(), SUMMARY.argsJson());
        AuditRecord plain = record("Cài đặt plugin", null, null);

        assertEquals("Field \"decision\" does not accept \"42\"; allowed values: Required..",
                keyed.summaryIn(Messages.ENGLISH));
        assertEquals(SUMMARY.text(Messages.VIETNAMESE), keyed.summaryIn(Messages.VIETNAMESE));
        assertEquals("Cài đặt plugin", plain.summaryIn(Messages.ENGLISH));
        assertEquals("Cài đặt plugin", record("Cài đặt plugin", "k", "[broken").summaryIn(Messages.ENGLISH));
    }

    private static AuditRecord record(String summary, String key, String args) {
        return new AuditRecord(1, Instant.EPOCH, "admin", "", "UPDATE", "thing", "1", summary, null, null, key, args);
    }
}
