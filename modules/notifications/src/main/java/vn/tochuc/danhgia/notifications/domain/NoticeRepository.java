package vn.tochuc.danhgia.notifications.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores notices and the outbox. */
public interface NoticeRepository {

    void add(InAppNotice notice);

    void add(OutboxMail mail);

    void flush();

    List<InAppNotice> newestFor(String username, int max);

    long unreadFor(String username);

    Optional<InAppNotice> find(long id);

    int markAllRead(String username, Instant now);

    long countFor(String reference, String unitCode);

    /** The mail, locked, so that two workers never send it twice. */
    Optional<OutboxMail> mailForUpdate(long id);

    /** The mails kept instead of sent (CAUGHT), newest first. */
    List<OutboxMail> caught(int max);

    /** Ids of mails still pending that were queued before the given time (for the retry pass). */
    List<Long> pendingBefore(Instant before, int max);
}
