package vn.tochuc.danhgia.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;

/** Sends one plain-text UTF-8 e-mail over SMTP with Jakarta Mail. */
@ApplicationScoped
public class MailSender {

    @Inject
    MailSettings settings;

    public void send(String to, String subject, String body) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from());
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.setSentDate(new Date());
        Transport.send(message);
    }

    private InternetAddress from() throws MessagingException {
        InternetAddress[] parsed = InternetAddress.parse(settings.from());
        InternetAddress address = parsed[0];
        try {
            return new InternetAddress(address.getAddress(), address.getPersonal(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            return address;
        }
    }
}
