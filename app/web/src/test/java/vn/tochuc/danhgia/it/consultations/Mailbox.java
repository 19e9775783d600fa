package vn.tochuc.danhgia.it.consultations;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server the application under test mails to: GreenMail on the port {@code TestEnvironment} gave the
 * server ({@code it.smtp.port}). One per test class; tests find their own mails by the letter number in the subject.
 */
final class Mailbox implements AutoCloseable {

    private final GreenMail mail;

    private Mailbox(GreenMail mail) {
        this.mail = mail;
    }

    static Mailbox start() {
        GreenMail mail = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", "smtp"));
        mail.start();
        return new Mailbox(mail);
    }

    /** The mails whose subject contains the text, waiting up to 20 s for at least {@code atLeast} of them. */
    List<MimeMessage> waitFor(String subjectPart, int atLeast) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        List<MimeMessage> found = matching(subjectPart);
        while (found.size() < atLeast && System.currentTimeMillis() < until) {
            Thread.sleep(200);
            found = matching(subjectPart);
        }
        return found;
    }

    List<MimeMessage> matching(String subjectPart) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).contains(subjectPart)).toList();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        mail.stop();
    }
}
