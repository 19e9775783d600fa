package vn.tochuc.danhgia.it.consolidation;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * An SMTP server for the mails publishing a consultation sends (the consolidation tests do not read them): without
 * one the server's outbox retries every mail and fills the log.
 */
final class Smtp {

    private Smtp() {}

    static GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", "smtp"));
        mail.start();
        return mail;
    }
}
