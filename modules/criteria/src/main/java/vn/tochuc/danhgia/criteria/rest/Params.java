package vn.tochuc.danhgia.criteria.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Zones;

/** Query and path parameters shared by the resources. */
final class Params {

    private Params() {}

    /** The evaluation year, the current one (in Vietnam) when not given. */
    static int year(Integer year) {
        int value = year == null ? LocalDate.now(Zones.VIETNAM).getYear() : year;
        if (value < 2000 || value > 2100) {
            throw AppException.invalid(List.of(FieldError.of("year", "criteria.error.year")));
        }
        return value;
    }

    static SubjectType subject(String text) {
        try {
            return SubjectType.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw AppException.invalid(List.of(FieldError.of("subject", "criteria.error.subject")));
        }
    }

    private static final jakarta.json.bind.Jsonb JSON = jakarta.json.bind.JsonbBuilder.create();

    /**
     * An entity written to JSON here rather than by the runtime, so that the {@code Server-Timing} of the answers
     * that report it covers the serialization too.
     */
    static String json(Object entity) {
        return JSON.toJson(entity);
    }

    /** {@code Server-Timing} value: lets a client (and the bench) see the time spent in the server. */
    static String serverTiming(long startNanos) {
        return String.format(Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - startNanos) / 1_000_000.0);
    }
}
