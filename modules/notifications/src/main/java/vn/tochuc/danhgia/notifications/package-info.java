/**
 * Notifications: what a user must know, told in the application (a notice) and by e-mail (SMTP, Jakarta Mail).
 *
 * <p>Other modules call {@link vn.tochuc.danhgia.notifications.Notifier} inside their own transaction: the notices
 * and the queued e-mails are written with the change they tell about, and the e-mails leave only after that
 * transaction commits. A failing mail server never fails the caller: the mail stays in the outbox and is retried.
 * Configuration: {@code mail.smtp.host}, {@code mail.smtp.port}, {@code mail.from},
 * {@code notifications.base-url}, {@code notifications.mail.max-attempts}, and {@code app.mail.sink} (a demo keeps
 * its mails instead of sending them, see {@link vn.tochuc.danhgia.notifications.SentMailService}).
 */
package vn.tochuc.danhgia.notifications;
