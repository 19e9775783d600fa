package vn.tochuc.danhgia.notifications.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tochuc.danhgia.notifications.MailQueued;

/**
 * Sends queued mails once the transaction that queued them has committed, from a one-shot timer so the caller does
 * not wait for the mail server. The timer is created inside the queuing transaction, and the container starts such a
 * timer only when that transaction commits: a rolled-back transaction sends nothing, its mails never existed.
 * (Creating it after the commit instead, from an after-success observer, fails: the container cannot start a bean
 * invocation in a transaction's completion phase.)
 *
 * <p>Why a timer and not the container's executor: an executor task carries the invocation it was submitted from,
 * and when it ended it closed that invocation's non-transactional entity managers — those of the screen request
 * still rendering the page ("Attempting to execute an operation on a closed EntityManager"). A timer runs in an
 * invocation of its own. Bean-managed concurrency: a slow mail server must never block the requests that queue mail.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    /** The outbox rows one timer delivers; timer information must be serializable. */
    record Batch(ArrayList<Long> ids) implements Serializable {}

    @Resource
    TimerService timers;

    @Inject
    OutboxWorker worker;

    public void onQueued(@Observes MailQueued queued) {
        dispatch(queued.outboxIds());
    }

    public void dispatch(List<Long> ids) {
        if (!ids.isEmpty()) {
            timers.createSingleActionTimer(1, new TimerConfig(new Batch(new ArrayList<>(ids)), false));
        }
    }

    /** No transaction around the batch: each mail is delivered and marked in a transaction of its own. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliver(Timer timer) {
        for (Long id : ((Batch) timer.getInfo()).ids()) {
            try {
                worker.deliver(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Mail " + id + " left in the outbox for the retry pass", e);
            }
        }
    }
}
