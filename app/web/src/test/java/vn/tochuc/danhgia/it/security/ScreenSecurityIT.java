package vn.tochuc.danhgia.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.it.identity.FormSession;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.Reply;
import vn.tochuc.danhgia.it.support.ServerTest;

/**
 * What a browser relies on to be safe: the session cookie's flags, the headers of screens and API answers, and the
 * answer to a screen form that cannot be trusted (forged, expired, another session's, replayed), on the real server.
 */
@ServerTest
class ScreenSecurityIT {

    private static final String STRICT = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final String LOGIN = "login=login&username=khong.ai&password=x&submit=&jakarta.faces.ViewState=";
    private static final String AJAX = "&jakarta.faces.partial.ajax=true&jakarta.faces.source=submit"
            + "&jakarta.faces.partial.execute=%40all&jakarta.faces.partial.render=messages";

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureBehindATlsProxyAndNoHeaderNamesTheProduct() {
        Reply plain = api.get("login.xhtml", null);
        Reply proxied = api.send(api.request("login.xhtml", null).header("X-Forwarded-Proto", "https").GET());

        String cookie = sessionCookie(plain);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP without a proxy: no Secure flag: " + cookie);
        assertTrue(sessionCookie(proxied).contains("Secure"), sessionCookie(proxied));
        for (Reply reply : List.of(plain, proxied, api.get("api/v1/ping", "admin"), api.get("api/v1/khong-co", null))) {
            assertTrue(reply.headers().firstValue("Server").isEmpty(), "Server header: " + reply.headers().map());
            assertTrue(reply.headers().firstValue("X-Powered-By").isEmpty(), reply.headers().map().toString());
        }
    }

    @Test
    void aScreenCarriesANoncePolicyFramedOnlyByItselfAndTheApiAStrictOne() {
        for (Reply screen : List.of(api.get("login.xhtml", null), api.get("home.xhtml", "admin"),
                api.get("khong-co.xhtml", null))) {
            String nonce = assertScreenPolicy(screen.headers());
            assertTrue(screen.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
            assertSafeHeaders(screen.headers());
        }
        for (Reply reply : List.of(api.get("api/v1/ping", "admin"), api.get("api/v1/khong-co", "admin"),
                api.get("api/v1/me", null), api.get("openapi", null))) {
            assertEquals(List.of(STRICT), reply.headers().allValues("Content-Security-Policy"), reply.toString());
            assertSafeHeaders(reply.headers());
        }
    }

    @Test
    void aFormThatCannotBeTrustedIsRefusedWithTheFriendlyPageNeverA500() {
        FormSession visitor = new FormSession(api);
        String page = visitor.get("login.xhtml").body();
        String state = FormSession.viewState(page);
        FormSession other = new FormSession(api);
        other.get("login.xhtml");

        Map<String, HttpResponse<String>> refused = new LinkedHashMap<>();
        refused.put("a forged state id", visitor.post("login.xhtml", LOGIN + "-4711%3A8150", false));
        refused.put("a state that is no id", visitor.post("login.xhtml", LOGIN + "%25%25-x", false));
        refused.put("'stateless'", new FormSession(api).post("login.xhtml", LOGIN + "stateless", false));
        refused.put("another session's state", other.post("login.xhtml", LOGIN + state, false));
        refused.put("no session", new FormSession(api).post("login.xhtml", LOGIN + state, false));
        refused.put("no state", visitor.post("login.xhtml", "login=login&username=khong.ai&password=x", false));
        refused.put("the state without the page's nonce", visitor.post("login.xhtml", LOGIN + state, false));
        Reply signedIn = api.send(api.request("admin/users.xhtml", "admin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("f=f&jakarta.faces.ViewState=1%3A2")));

        refused.forEach((variant, answer) -> {
            assertEquals(400, answer.statusCode(), variant + ": " + answer.body());
            assertFriendlyPage(variant, answer.headers(), answer.body());
        });
        assertEquals(400, signedIn.status(), "a signed-in user's forged state: " + signedIn.body());
        assertFriendlyPage("a signed-in user's forged state", signedIn.headers(), signedIn.body());
    }

    @Test
    void theFormOfAPageStillWorksWithItsStateAndNonce() {
        FormSession visitor = new FormSession(api);
        String page = visitor.get("login.xhtml").body();

        HttpResponse<String> answer = visitor.post("login.xhtml",
                LOGIN + FormSession.viewState(page) + "&primefaces.nonce=" + FormSession.nonce(page), false);

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Tên đăng nhập hoặc mật khẩu không đúng."), answer.body());
    }

    @Test
    void aFormOfASessionThatEndedIsRefusedAfterLogout() {
        FormSession admin = new FormSession(api);
        assertEquals(302, admin.signIn("admin", Api.PASSWORD));
        String home = admin.get("home.xhtml").body();
        String logout = "topbar=topbar&topbar%3Alogout=&jakarta.faces.ViewState=" + FormSession.viewState(home)
                + "&primefaces.nonce=" + FormSession.nonce(home);

        HttpResponse<String> loggedOut = admin.post("home.xhtml", logout, false);
        HttpResponse<String> again = admin.post("home.xhtml", logout, false);

        assertEquals(302, loggedOut.statusCode(), loggedOut.body());
        assertTrue(again.statusCode() == 400 || again.statusCode() == 302, again.statusCode() + " " + again.body());
        if (again.statusCode() == 302) {
            // home.xhtml needs a signed-in user: the container sends the stranger to the login page first
            assertTrue(again.headers().firstValue("Location").orElse("").contains("login.xhtml"),
                    again.headers().map().toString());
        } else {
            assertFriendlyPage("after logout", again.headers(), again.body());
        }
    }

    @Test
    void anAjaxRequestOfAFormThatCannotBeTrustedIsRedirectedToTheFriendlyPage() {
        FormSession visitor = new FormSession(api);
        String page = visitor.get("login.xhtml").body();

        Map<String, HttpResponse<String>> refused = new LinkedHashMap<>();
        refused.put("a forged state id", visitor.post("login.xhtml", LOGIN + "-4711%3A8150" + AJAX, true));
        refused.put("'stateless'", new FormSession(api).post("login.xhtml", LOGIN + "stateless" + AJAX, true));
        refused.put("no session", new FormSession(api).post("login.xhtml",
                LOGIN + FormSession.viewState(page) + AJAX, true));
        refused.put("no state", visitor.post("login.xhtml", "login=login&username=khong.ai" + AJAX, true));

        refused.forEach((variant, answer) -> {
            assertEquals(200, answer.statusCode(), variant + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"),
                    variant + ": " + answer.headers().map());
            assertTrue(answer.body().contains("<redirect url=\"/error/expired.xhtml\"/>"), variant + ": "
                    + answer.body());
        });
        HttpResponse<String> friendly = visitor.get("error/expired.xhtml");
        assertEquals(200, friendly.statusCode());
        assertFriendlyPage("the page Ajax is sent to", friendly.headers(), friendly.body());
    }

    private static void assertFriendlyPage(String variant, HttpHeaders headers, String body) {
        assertTrue(body.contains("Phiên làm việc đã hết hạn"), variant + ": " + body);
        // PrimeFaces names ViewExpiredException in its error-page settings: look for a stack trace, not the name
        assertFalse(body.contains("at jakarta.") || body.contains("Exception report"), variant + ": " + body);
        String nonce = assertScreenPolicy(headers);
        assertTrue(body.contains("nonce=\"" + nonce + "\""), variant + ": the page's scripts carry the nonce");
    }

    /** Asserts the screen policy and answers its nonce. */
    private static String assertScreenPolicy(HttpHeaders headers) {
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy, the screen's: " + policies);
        String policy = policies.get(0);
        assertTrue(policy.contains("frame-ancestors 'self'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[^']+'.*"), policy);
        assertFalse(policy.contains("unsafe-eval") || policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
        return policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
    }

    private static void assertSafeHeaders(HttpHeaders headers) {
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), headers.map().toString());
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), headers.map().toString());
        assertEquals("SAMEORIGIN", headers.firstValue("X-Frame-Options").orElse(null), headers.map().toString());
    }

    private static String sessionCookie(Reply reply) {
        return reply.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + reply.headers().map()));
    }
}
