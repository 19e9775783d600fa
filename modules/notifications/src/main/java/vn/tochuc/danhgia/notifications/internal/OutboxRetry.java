package vn.tochuc.danhgia.notifications.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import vn.tochuc.danhgia.notifications.domain.NoticeRepository;

/**
 * Every two minutes, tries again the mails still pending a minute after they were queued (the mail server was down,
 * or the server stopped before dispatching). Each mail is given up after {@code notifications.mail.max-attempts}.
 */
@Singleton
public class OutboxRetry {

    @Inject
    NoticeRepository repository;

    @Inject
    OutboxWorker worker;

    @Schedule(minute = "*/2", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void retry() {
        List<Long> ids = repository.pendingBefore(Instant.now().minusSeconds(60), 200);
        ids.forEach(worker::deliver);
    }
}
