package vn.tochuc.danhgia.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.tochuc.danhgia.identity.UserContact;
import vn.tochuc.danhgia.identity.UserDirectory;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.notifications.MailQueued;
import vn.tochuc.danhgia.notifications.Notice;
import vn.tochuc.danhgia.notifications.NoticeView;
import vn.tochuc.danhgia.notifications.Notifier;
import vn.tochuc.danhgia.notifications.domain.InAppNotice;
import vn.tochuc.danhgia.notifications.domain.NoticeRepository;
import vn.tochuc.danhgia.notifications.domain.OutboxMail;

@ApplicationScoped
public class DefaultNotifier implements Notifier {

    @Inject
    NoticeRepository repository;

    @Inject
    UserDirectory users;

    @Inject
    Caller caller;

    @Inject
    MailSettings settings;

    @Inject
    Event<MailQueued> queued;

    @Override
    @Transactional
    public int notifyUnits(Collection<String> unitCodes, Notice notice) {
        if (unitCodes.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        List<OutboxMail> mails = new ArrayList<>();
        List<UserContact> contacts = users.activeUnitUsers(unitCodes);
        for (UserContact user : contacts) {
            repository.add(new InAppNotice(user.username(), user.unitCode(), notice.kind(), clip(notice.subject(), 500),
                    notice.body(), notice.link(), notice.reference(), now));
            if (user.email() != null && !user.email().isBlank()) {
                OutboxMail mail = new OutboxMail(user.email(), user.username(), clip(notice.subject(), 500),
                        mailBody(user, notice), notice.reference(), now);
                repository.add(mail);
                mails.add(mail);
            }
        }
        repository.flush();
        if (!mails.isEmpty()) {
            queued.fire(new MailQueued(mails.stream().map(OutboxMail::id).toList()));
        }
        return contacts.size();
    }

    private String mailBody(UserContact user, Notice notice) {
        String link = notice.link() == null ? "" : "\n\nXem tại: " + settings.baseUrl() + notice.link();
        return "Kính gửi " + user.fullName() + ",\n\n" + notice.body() + link
                + "\n\n--\nHệ thống góp ý dự thảo và đánh giá, xếp loại — Ban Tổ chức Tỉnh ủy.\n"
                + "Thư này được gửi tự động, vui lòng không trả lời.";
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoticeView> mine(int max) {
        return repository.newestFor(caller.username(), Math.max(1, Math.min(max, 200))).stream()
                .map(n -> new NoticeView(n.id(), n.kind(), n.subject(), n.body(), n.link(), n.reference(),
                        n.createdAt(), n.readAt() != null)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount() {
        return repository.unreadFor(caller.username());
    }

    @Override
    @Transactional
    public void markRead(long id) {
        InAppNotice notice = repository.find(id).filter(n -> n.username().equals(caller.username()))
                .orElseThrow(() -> AppException.notFound("notifications.error.not-found", id));
        notice.markRead(Instant.now());
    }

    @Override
    @Transactional
    public void markAllRead() {
        repository.markAllRead(caller.username(), Instant.now());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countFor(String reference, String unitCode) {
        return repository.countFor(reference, unitCode);
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
