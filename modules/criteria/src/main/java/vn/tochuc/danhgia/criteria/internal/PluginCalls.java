package vn.tochuc.danhgia.criteria.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs plugin code on host threads of its own, under a time limit, so that a plugin that hangs or throws never takes
 * a request thread with it. While plugin code runs, the thread's context class loader is the plugin's loader (some
 * libraries look up resources through it); afterwards it is reset, so that idle threads keep no plugin loader alive.
 *
 * <p>A dedicated pool rather than the server's managed executor: a plugin that ignores interruption keeps its thread
 * forever, and it must not eat the threads the rest of the server relies on. The threads are daemons and the pool is
 * shut down with the application.
 */
public final class PluginCalls implements AutoCloseable {

    private final Duration timeout;
    private final ExecutorService pool;

    public PluginCalls(Duration timeout) {
        this.timeout = timeout;
        this.pool = Executors.newCachedThreadPool(new Daemons());
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * Runs {@code work} with {@code loader} as the context class loader.
     *
     * @throws PluginCallFailure when it throws anything (including linkage errors) or runs past the time limit; on a
     *         time-out the thread is interrupted and abandoned
     */
    public <T> T call(ClassLoader loader, Callable<T> work) {
        Future<T> future = pool.submit(() -> {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                return work.call();
            } finally {
                thread.setContextClassLoader(before);
            }
        });
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw PluginCallFailure.timeout(timeout);
        } catch (ExecutionException e) {
            throw PluginCallFailure.thrown(e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw PluginCallFailure.thrown(e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** Daemon threads with a recognisable name, created without the submitting thread's context class loader. */
    private static final class Daemons implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "criteria-plugin-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(PluginCalls.class.getClassLoader());
            return thread;
        }
    }
}
