package vn.tochuc.danhgia.notifications;

import java.util.List;

/** E-mails were put in the outbox; they are sent once the transaction that queued them commits. */
public record MailQueued(List<Long> outboxIds) {

    public MailQueued {
        outboxIds = List.copyOf(outboxIds);
    }
}
