package vn.tochuc.danhgia.app;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads and writes {@code app_setting}; plain JDBC, as these few rows do not deserve a persistence unit. */
@ApplicationScoped
public class AppSettings {

    @Resource(lookup = "java:app/jdbc/danhgia")
    DataSource dataSource;

    public Optional<String> get(String name) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select value from app_setting where name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read setting " + name, e);
        }
    }

    public void put(String name, String value) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into app_setting (name, value, updated_at)"
                        + " values (?, ?, ?) on duplicate key update value = values(value),"
                        + " updated_at = values(updated_at)")) {
            s.setString(1, name);
            s.setString(2, value);
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write setting " + name, e);
        }
    }
}
