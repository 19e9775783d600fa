package vn.tochuc.danhgia.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tochuc.danhgia.notifications.domain.NoticeRepository;
import vn.tochuc.danhgia.notifications.domain.OutboxMail;

/**
 * Delivers one queued mail in a transaction of its own, holding the row's lock while sending so that the after-commit
 * dispatch and the retry timer never send it twice. A failure is recorded on the row, never thrown. With the sink on
 * ({@code app.mail.sink}) the mail is kept on its row as delivered and no mail server is contacted.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    @Inject
    NoticeRepository repository;

    @Inject
    MailSender sender;

    @Inject
    MailSettings settings;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deliver(long id) {
        OutboxMail mail = repository.mailForUpdate(id).orElse(null);
        if (mail == null || mail.state() != OutboxMail.State.PENDING) {
            return false;
        }
        if (settings.sink()) {
            mail.caught(Instant.now());
            LOG.fine(() -> "Mail " + id + " to " + mail.recipient() + " kept in the outbox (app.mail.sink)");
            return true;
        }
        try {
            sender.send(mail.recipient(), mail.subject(), mail.body());
            mail.sent(Instant.now());
            return true;
        } catch (MessagingException | RuntimeException e) {
            mail.failed(e.toString(), settings.maxAttempts());
            LOG.log(Level.WARNING, "Mail " + id + " to " + mail.recipient() + " not sent (attempt " + mail.attempts()
                    + "): " + e);
            return false;
        }
    }
}
