package vn.tochuc.danhgia.notifications;

import java.util.List;

/**
 * The mails a demo installation kept instead of sending them.
 *
 * <p>A demo has no mail server: every mail would end in a refused connection and retries. With the setting
 * {@code app.mail.sink=true} (the launcher's {@code --demo} sets it) the outbox keeps each mail as delivered instead
 * of handing it to SMTP, and an administrator reads them on "Thư đã gửi". Without it, mail goes out by SMTP as always
 * and nothing is kept here.
 */
public interface SentMailService {

    /** Whether mails are kept here instead of being sent (anyone may ask: the menu shows the page only then). */
    boolean catching();

    /** The newest kept mails first, at most {@code max} (1 to 500); ADMIN only. */
    List<SentMail> newest(int max);
}
