package vn.tochuc.danhgia.kernel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;
import vn.tochuc.danhgia.kernel.Zones;

/** Date formatting for the screens: {@code #{fmt.date(x)}}, {@code #{fmt.dateTime(x)}}, always dd/MM/yyyy. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter LOCAL_DATE = DateTimeFormatter.ofPattern(Zones.DATE_PATTERN);

    public String date(Object value) {
        if (value instanceof LocalDate d) {
            return d.format(LOCAL_DATE);
        }
        Instant instant = instant(value);
        return instant == null ? (value == null ? "" : value.toString()) : Zones.date(instant);
    }

    public String dateTime(Object value) {
        Instant instant = instant(value);
        return instant == null ? (value == null ? "" : value.toString()) : Zones.dateTime(instant);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return null;
    }

    public TimeZone getZone() {
        return TimeZone.getTimeZone(Zones.VIETNAM);
    }

    public String getDatePattern() {
        return Zones.DATE_PATTERN;
    }

    public String getDateTimePattern() {
        return Zones.DATE_TIME_PATTERN;
    }
}
