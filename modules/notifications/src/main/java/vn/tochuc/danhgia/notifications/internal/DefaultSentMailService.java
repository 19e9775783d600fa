package vn.tochuc.danhgia.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.notifications.SentMail;
import vn.tochuc.danhgia.notifications.SentMailService;
import vn.tochuc.danhgia.notifications.domain.NoticeRepository;

/** Reads the kept mails for the administrator; the role is checked here, not only by the page and the REST roles. */
@ApplicationScoped
public class DefaultSentMailService implements SentMailService {

    static final int MAX = 500;

    @Inject
    NoticeRepository repository;

    @Inject
    MailSettings settings;

    @Inject
    CurrentUser me;

    @Override
    public boolean catching() {
        return settings.sink();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SentMail> newest(int max) {
        if (!me.has(Role.ADMIN)) {
            throw AppException.forbidden("error.auth.forbidden");
        }
        return repository.caught(Math.max(1, Math.min(max, MAX))).stream()
                .map(m -> new SentMail(m.id(), m.recipient(), m.subject(), m.body(), m.sentAt())).toList();
    }
}
