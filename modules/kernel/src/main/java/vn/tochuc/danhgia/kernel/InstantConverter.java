package vn.tochuc.danhgia.kernel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores instants as UTC {@code DATETIME(6)} values. Going through {@link LocalDateTime} keeps the JDBC driver from
 * shifting values by the server JVM's default zone, which differs between a laptop, CI and production.
 * Each module's persistence unit lists this class so that it applies to every {@code Instant} attribute.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant value) {
        return value == null ? null : LocalDateTime.ofInstant(value, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
