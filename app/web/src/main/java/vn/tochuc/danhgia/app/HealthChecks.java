package vn.tochuc.danhgia.app;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health}: UP only once the application has started (schema migrated) and the database answers. A server
 * that logged "ready" but failed to deploy the application has no such check and so is not reported healthy by our
 * tooling, which waits for the {@code danhgia-database} check.
 */
@ApplicationScoped
public class HealthChecks {

    static final String DATABASE_CHECK = "danhgia-database";

    @Resource(lookup = "java:app/jdbc/danhgia")
    DataSource dataSource;

    @Inject
    AppState state;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> HealthCheckResponse.named(DATABASE_CHECK).status(state.started() && databaseAnswers()).build();
    }

    @Produces
    @Liveness
    HealthCheck application() {
        return () -> HealthCheckResponse.named("danhgia-application").status(state.started()).build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
