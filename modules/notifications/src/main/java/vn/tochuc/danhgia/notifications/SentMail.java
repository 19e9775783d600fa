package vn.tochuc.danhgia.notifications;

import java.time.Instant;

/**
 * A mail the demo outbox kept instead of sending it (see {@link SentMailService}), exactly as its recipient would
 * have received it.
 *
 * @param id        the outbox row
 * @param recipient the address it was for
 * @param subject   the subject line
 * @param body      the plain-text body, greeting, link and signature included
 * @param sentAt    when it would have left
 */
public record SentMail(long id, String recipient, String subject, String body, Instant sentAt) {}
