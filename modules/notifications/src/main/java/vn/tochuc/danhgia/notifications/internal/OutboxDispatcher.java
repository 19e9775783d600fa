package vn.tochuc.danhgia.notifications.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tochuc.danhgia.notifications.MailQueued;

/**
 * Sends queued mails once the transaction that queued them has committed, on the container's executor so the
 * caller does not wait for the mail server. (A rolled-back transaction fires nothing: its mails never existed.)
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    OutboxWorker worker;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        dispatch(queued.outboxIds());
    }

    public void dispatch(List<Long> ids) {
        executor.execute(() -> {
            for (Long id : ids) {
                try {
                    worker.deliver(id);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Mail " + id + " left in the outbox for the retry pass", e);
                }
            }
        });
    }
}
