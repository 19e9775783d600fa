package vn.tochuc.danhgia.criteria.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The time-outs of one loaded plugin version, counted within a sliding window. A single overrun can be the server's
 * fault (a long garbage collection, a loaded machine), so the version keeps serving; {@value #DEFAULT_LIMIT}
 * overruns within {@link #DEFAULT_WINDOW} are the plugin's, and the caller quarantines it. A new load of the version
 * (IT staff enabling it again) starts with a fresh counter, since each {@link LoadedPlugin} has its own.
 */
final class TimeoutStrikes {

    static final int DEFAULT_LIMIT = 3;
    static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

    private final Deque<Instant> strikes = new ArrayDeque<>();

    /**
     * Records a time-out.
     *
     * @return whether it is the {@code limit}-th within {@code window}, so that the version is to be quarantined
     */
    synchronized boolean strike(int limit, Duration window, Clock clock) {
        Instant now = clock.instant();
        strikes.addLast(now);
        while (!strikes.isEmpty() && strikes.peekFirst().isBefore(now.minus(window))) {
            strikes.removeFirst();
        }
        return strikes.size() >= Math.max(1, limit);
    }

    synchronized int count() {
        return strikes.size();
    }
}
