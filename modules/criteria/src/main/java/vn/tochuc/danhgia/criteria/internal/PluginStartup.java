package vn.tochuc.danhgia.criteria.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the installed plugins when the application starts, after the application's start-up bean has migrated the
 * schema (hence {@code @DependsOn}). Bean-managed transactions, so that each version's state change commits on its
 * own. Whatever goes wrong is logged: a plugin never stops the server from starting.
 */
@Singleton
@Startup
@DependsOn("AppStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class PluginStartup {

    private static final Logger LOG = Logger.getLogger(PluginStartup.class.getName());

    @Inject
    PluginBoot boot;

    @PostConstruct
    void start() {
        try {
            boot.ensureStarted();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Plugins could not be loaded at start; the server serves without them", e);
        }
    }
}
