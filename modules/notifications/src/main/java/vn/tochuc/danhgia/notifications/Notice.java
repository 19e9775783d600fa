package vn.tochuc.danhgia.notifications;

/**
 * What to tell: one text for the notice and the e-mail.
 *
 * @param kind a code for the kind of notice, e.g. {@code consultation.published}
 * @param subject one line, the e-mail's subject
 * @param body plain text (never HTML: it is shown escaped and sent as text/plain)
 * @param link the page it is about, relative to the application, e.g. {@code /unit/answer.xhtml?id=4}
 * @param reference what it is about, e.g. {@code consultation:4}, to find the notices of one thing
 */
public record Notice(String kind, String subject, String body, String link, String reference) {}
