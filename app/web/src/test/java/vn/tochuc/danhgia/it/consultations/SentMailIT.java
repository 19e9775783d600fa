package vn.tochuc.danhgia.it.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.it.identity.FormSession;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.Reply;
import vn.tochuc.danhgia.it.support.ServerTest;

/**
 * A demo keeps its mails (app.mail.sink=true, as the launcher's --demo runs it): publishing mails no one — no mail
 * server listens in this class — and the administrator reads each mail, as the unit would have received it, through
 * {@code /api/v1/sent-mail} and on "Thư đã gửi" ({@code admin/sent-mail.xhtml}); no other role does.
 */
@ServerTest
class SentMailIT {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @ArquillianResource
    URL base;

    /** The application on the server whose mail sink is on (see arquillian.xml). */
    @TargetsContainer("payara-mailsink")
    @Deployment(testable = false)
    static WebArchive sinkServer() {
        return Deployments.application();
    }

    @Test
    void aPublishedConsultationsMailIsKeptAndListedForTheAdministrator() throws Exception {
        Api api = new Api(base);
        String reference = Drafts.reference();
        long id = Drafts.open(api, reference, Drafts.deadlineIn(7 * 86_400), false, List.of(), List.of("STC"));

        JsonObject mail = keptMail(api, reference);
        assertEquals("stc@demo.danhgia.local", mail.getString("recipient"));
        assertTrue(mail.getString("subject").startsWith("[Xin ý kiến] " + reference), mail.toString());
        String body = mail.getString("body");
        assertTrue(body.startsWith("Kính gửi "), body);
        assertTrue(body.contains("/unit/answer.xhtml?id=" + id), "the link the unit would follow: " + body);
        assertEquals(403, api.get("api/v1/sent-mail", "board").status());

        FormSession admin = new FormSession(api);
        assertEquals(302, admin.signIn("admin", Api.PASSWORD));
        HttpResponse<String> page = admin.get("admin/sent-mail.xhtml");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("stc@demo.danhgia.local"), "recipient on the page");
        assertTrue(html.contains(reference), "subject on the page");
        assertTrue(html.contains("/unit/answer.xhtml?id=" + id), "body on the page");
        assertTrue(html.contains(SHOWN.format(Instant.parse(mail.getString("sentAt")))),
                "time as dd/MM/yyyy HH:mm in Vietnam time");
        assertTrue(admin.get("account/notices.xhtml").body().contains("/admin/sent-mail.xhtml"),
                "the administrator's menu has the page");

        FormSession board = new FormSession(api);
        assertEquals(302, board.signIn("board", Api.PASSWORD));
        assertEquals(403, board.get("admin/sent-mail.xhtml").statusCode());
        assertFalse(board.get("account/notices.xhtml").body().contains("/admin/sent-mail.xhtml"),
                "not in the Board's menu");
    }

    /** The kept mail of this consultation; the outbox keeps it right after the publication commits. */
    private static JsonObject keptMail(Api api, String reference) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            Reply reply = api.get("api/v1/sent-mail", "admin");
            assertEquals(200, reply.status(), reply.body());
            for (JsonObject mail : reply.array().getValuesAs(JsonObject.class)) {
                if (mail.getString("subject").contains(reference)) {
                    return mail;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No kept mail for " + reference);
    }
}
