package vn.tochuc.danhgia.criteria.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.locks.ReentrantLock;
import vn.tochuc.danhgia.criteria.spi.CriteriaPluginFactory;

/**
 * The application's one {@link PluginRuntime}. Every plugin's class loader has a {@link SpiOnlyClassLoader} over
 * the loader that defined the SPI (the web application's) as parent, so that host and plugins share the SPI types
 * and nothing else of the host (its classes, libraries, resources) is visible to a plugin. Closing the application
 * unloads every plugin.
 */
@ApplicationScoped
public class PluginRegistry {

    @Inject
    PluginSettings settings;

    private PluginRuntime runtime;
    private final ReentrantLock lock = new ReentrantLock();

    @PostConstruct
    void start() {
        runtime = new PluginRuntime(CriteriaPluginFactory.class.getClassLoader(),
                new PluginCalls(settings.callTimeout()));
    }

    @PreDestroy
    void stop() {
        runtime.close();
    }

    /** Held while plugins are installed, enabled, disabled or removed: one such change at a time. */
    public ReentrantLock lock() {
        return lock;
    }

    public PluginRuntime runtime() {
        return runtime;
    }
}
