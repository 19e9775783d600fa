package vn.tochuc.danhgia.kernel;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The product's one time zone and its date formats. Times are stored as UTC instants and shown in Asia/Ho_Chi_Minh,
 * whatever the server's own zone is.
 */
public final class Zones {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    public static final String DATE_TIME_PATTERN = "dd/MM/yyyy HH:mm";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN).withZone(VIETNAM);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(DATE_TIME_PATTERN).withZone(VIETNAM);

    private Zones() {}

    public static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(VIETNAM).toOffsetDateTime();
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
