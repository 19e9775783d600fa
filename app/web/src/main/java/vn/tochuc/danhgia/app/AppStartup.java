package vn.tochuc.danhgia.app;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import vn.tochuc.danhgia.kernel.Caller;

/**
 * Brings the database to the current schema before anything else runs, then loads demo data when asked
 * ({@code app.demo=true}) and not loaded yet.
 *
 * <p>Bean-managed transactions, because Flyway commits each migration itself and a container transaction around it
 * would forbid that.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class AppStartup {

    private static final Logger LOG = Logger.getLogger(AppStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/danhgia")
    DataSource dataSource;

    @Inject
    DemoData demoData;

    @Inject
    AppState state;

    @Inject
    @ConfigProperty(name = "app.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void start() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
        if (demo) {
            Caller.runAs("demo-data", () -> {
                demoData.loadOnce();
                return null;
            });
        }
        state.markStarted();
    }
}
