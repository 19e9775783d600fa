package vn.tochuc.danhgia.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one data source, configured through MicroProfile Config: {@code db.url}, {@code db.user},
 * {@code db.password} (or the environment variables {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}); the
 * user and password are applied by {@link ConfiguredDataSource}.
 *
 * <p>The pool validates connections and drops them all after a failure, so that the application serves again by
 * itself once a restarted database is back, without restarting the server.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/danhgia",
        className = "vn.tochuc.danhgia.app.ConfiguredDataSource",
        url = "${MPCONFIG=db.url}",
        minPoolSize = 2,
        initialPoolSize = 2,
        maxPoolSize = 40,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=5000"
        })
@Singleton
public class DataSourceConfig {}
