package vn.tochuc.danhgia.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Whether start-up (migrations, demo data) has finished; the readiness check reports DOWN until it has. */
@ApplicationScoped
public class AppState {

    private volatile Instant startedAt;

    void markStarted() {
        startedAt = Instant.now();
    }

    public boolean started() {
        return startedAt != null;
    }

    public Instant startedAt() {
        return startedAt;
    }
}
