package vn.tochuc.danhgia.app;

import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The MariaDB data source with its user and password read from MicroProfile Config ({@code db.user},
 * {@code db.password}, i.e. {@code DB_USER} and {@code DB_PASSWORD}).
 *
 * <p>Why not {@code password = "${MPCONFIG=db.password}"} on the definition: MicroProfile Config treats an empty value
 * as missing, so an empty password (MariaDB's root on a developer machine or CI) left the placeholder itself as the
 * password. Here a missing password simply means none.
 */
public class ConfiguredDataSource extends MariaDbDataSource {

    public ConfiguredDataSource() throws SQLException {
        Config config = ConfigProvider.getConfig();
        setUser(config.getOptionalValue("db.user", String.class).orElse("danhgia"));
        setPassword(config.getOptionalValue("db.password", String.class).orElse(""));
    }
}
