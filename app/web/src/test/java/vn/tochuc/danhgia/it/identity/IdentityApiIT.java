package vn.tochuc.danhgia.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tochuc.danhgia.it.support.Api.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.Reply;
import vn.tochuc.danhgia.it.support.ServerTest;

/** Users, passwords, lockout and the audit of logins, on the real server. */
@ServerTest
class IdentityApiIT {

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
    void signingInThroughTheFormStartsANewSessionThatKeepsTheUsersRoleOnly() {
        FormSession browser = new FormSession(api);
        assertEquals(302, browser.get("unit/frameworks.xhtml").statusCode(), "anonymous: sent to the login page");
        String before = browser.sessionId();

        assertEquals(302, browser.signIn("sgtvt", Api.PASSWORD));

        assertFalse(browser.sessionId() == null || browser.sessionId().equals(before), "session id renewed");
        assertEquals(200, browser.get("unit/frameworks.xhtml").statusCode());
        assertEquals(403, browser.get("board/frameworks.xhtml").statusCode());
    }

    @Test
    void fiftyUnitsSignedInAtOnceAllKeepTheirRolesOnEveryRequest() throws Exception {
        List<String> units = api.get("api/v1/units?active=true&size=50&sort=code", "admin").json()
                .getJsonArray("items").stream()
                .map(u -> u.asJsonObject().getString("code").toLowerCase(java.util.Locale.ROOT)).toList();
        List<FormSession> sessions = new java.util.ArrayList<>();
        for (String unit : units) {
            FormSession session = new FormSession(api);
            // Other classes of the run may have changed a unit user's password: those users are left out.
            if (session.signIn(unit, Api.PASSWORD) == 302) {
                sessions.add(session);
            }
        }
        assertTrue(sessions.size() >= 40, "signed in: " + sessions.size());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(sessions.size());
        try {
            List<java.util.concurrent.Future<List<Integer>>> answers = new java.util.ArrayList<>();
            for (FormSession session : sessions) {
                answers.add(pool.submit(() -> java.util.stream.IntStream.range(0, 8)
                        .mapToObj(i -> session.get("unit/frameworks.xhtml").statusCode()).toList()));
            }
            java.util.Map<Integer, Long> statuses = new java.util.TreeMap<>();
            for (java.util.concurrent.Future<List<Integer>> answer : answers) {
                answer.get().forEach(s -> statuses.merge(s, 1L, Long::sum));
            }
            assertEquals(java.util.Map.of(200, 8L * sessions.size()), statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tellsUsersWhoTheyAreAndWhichUnitTheyActFor() {
        JsonObject me = api.get("api/v1/me", "stc").json();

        assertEquals("stc", me.getString("username"));
        assertEquals("STC", me.getString("unitCode"));
        assertEquals("Sở Tài chính", me.getString("unitName"));
        assertEquals(List.of("UNIT"), me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void createsAUserWhoMustChangeTheInitialPasswordBeforeAnythingElse() {
        Reply created = api.post("api/v1/users", "admin", json("{'username':'nguyen.van.a','fullName':'Nguyễn Văn A',"
                + "'title':'Chuyên viên','email':'a@btctu.gov.vn','unitCode':'BTCTU','roles':['BOARD'],"
                + "'password':'KhoiTao2026'}"));
        assertEquals(201, created.status(), created.body());

        Reply blocked = call("nguyen.van.a", "KhoiTao2026", "GET", "api/v1/units/groups");
        Reply me = call("nguyen.van.a", "KhoiTao2026", "GET", "api/v1/me");
        Reply changed = api.send(api.request("api/v1/me/password", null)
                .header("Authorization", Api.basic("nguyen.van.a", "KhoiTao2026"))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        json("{'currentPassword':'KhoiTao2026','newPassword':'MatKhauRieng9'}"))));

        assertEquals(200, me.status());
        assertTrue(me.json().getBoolean("mustChangePassword"));
        assertEquals(403, blocked.status(), blocked.body());
        assertTrue(blocked.json().getString("detail").contains("đổi mật khẩu"), blocked.body());
        assertEquals(204, changed.status(), changed.body());
        assertFalse(call("nguyen.van.a", "MatKhauRieng9", "GET", "api/v1/me").json().getBoolean("mustChangePassword"));
        assertEquals(200, call("nguyen.van.a", "MatKhauRieng9", "GET", "api/v1/units/groups").status());
        assertEquals(401, call("nguyen.van.a", "KhoiTao2026", "GET", "api/v1/me").status());
    }

    @Test
    void refusesAUnitUserWithoutAUnitAndAnUnknownUnit() {
        Reply noUnit = api.post("api/v1/users", "admin", json("{'username':'khong.don.vi','fullName':'Không đơn vị',"
                + "'roles':['UNIT'],'password':'KhoiTao2026'}"));
        Reply unknown = api.post("api/v1/users", "admin", json("{'username':'don.vi.la','fullName':'Đơn vị lạ',"
                + "'unitCode':'KHONG-CO','roles':['UNIT'],'password':'KhoiTao2026'}"));

        assertEquals(400, noUnit.status());
        assertEquals("unitCode", noUnit.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, unknown.status());
        assertEquals(404, api.get("api/v1/users/khong.don.vi", "admin").status());
    }

    @Test
    void locksAnAccountAfterFiveWrongPasswordsEvenForTheRightOne() {
        api.post("api/v1/users", "admin", json("{'username':'bi.khoa','fullName':'Người bị khóa',"
                + "'roles':['BOARD'],'password':'DungRoi2026','mustChangePassword':false}"));
        for (int i = 0; i < 5; i++) {
            assertEquals(401, call("bi.khoa", "sai" + i, "GET", "api/v1/me").status());
        }

        Reply rightPassword = call("bi.khoa", "DungRoi2026", "GET", "api/v1/me");
        JsonObject user = api.get("api/v1/users/bi.khoa", "admin").json();
        Reply unlocked = api.post("api/v1/users/bi.khoa/unlock", "admin", null);

        assertEquals(401, rightPassword.status());
        assertTrue(user.containsKey("lockedUntil"), user.toString());
        assertEquals(204, unlocked.status());
        assertEquals(200, call("bi.khoa", "DungRoi2026", "GET", "api/v1/me").status());
        JsonObject failures = api.get("api/v1/audit?actor=bi.khoa&action=LOGIN_FAILURE", "admin").json();
        assertTrue(failures.getInt("total") >= 6, failures.toString());
        assertTrue(failures.getJsonArray("items").getJsonObject(0).getString("address").startsWith("127.0.0.1"),
                failures.toString());
    }

    @Test
    void resetsAPasswordSoThatTheUserMustChangeItAgain() {
        api.post("api/v1/users", "admin", json("{'username':'quen.mat.khau','fullName':'Người quên mật khẩu',"
                + "'roles':['BOARD'],'password':'Cu2026abc','mustChangePassword':false}"));

        Reply reset = api.post("api/v1/users/quen.mat.khau/reset-password", "admin",
                json("{'newPassword':'TamThoi2026'}"));

        assertEquals(204, reset.status(), reset.body());
        assertTrue(call("quen.mat.khau", "TamThoi2026", "GET", "api/v1/me").json().getBoolean("mustChangePassword"));
        assertEquals(401, call("quen.mat.khau", "Cu2026abc", "GET", "api/v1/me").status());
        JsonObject audit = api.get("api/v1/audit?entityId=quen.mat.khau&action=PASSWORD_RESET", "admin").json();
        assertEquals("admin", audit.getJsonArray("items").getJsonObject(0).getString("actor"));
    }

    @Test
    void keepsTheLastAdministrator() {
        JsonObject admin = api.get("api/v1/users/admin", "admin").json();

        Reply reply = api.put("api/v1/users/admin", "admin", json("{'fullName':'Quản trị hệ thống','roles':['BOARD'],"
                + "'version':" + admin.getJsonNumber("version") + "}"));

        assertEquals(409, reply.status(), reply.body());
        assertTrue(api.get("api/v1/users/admin", "admin").json().getJsonArray("roles").toString().contains("ADMIN"));
    }

    @Test
    void auditsAChangeWithTheValuesBeforeAndAfter() {
        api.post("api/v1/users", "admin", json("{'username':'doi.chuc.vu','fullName':'Đổi chức vụ',"
                + "'title':'Chuyên viên','roles':['BOARD'],'password':'KhoiTao2026'}"));
        JsonObject user = api.get("api/v1/users/doi.chuc.vu", "admin").json();

        api.put("api/v1/users/doi.chuc.vu", "admin", json("{'fullName':'Đổi chức vụ','title':'Phó Trưởng phòng',"
                + "'roles':['BOARD'],'version':" + user.getJsonNumber("version") + "}"));

        JsonObject entry = api.get("api/v1/audit?entityType=user&entityId=doi.chuc.vu&action=UPDATE", "admin").json()
                .getJsonArray("items").getJsonObject(0);
        assertTrue(entry.getString("before").contains("Chuyên viên"), entry.toString());
        assertTrue(entry.getString("after").contains("Phó Trưởng phòng"), entry.toString());
        assertFalse(entry.getString("after").contains("pbkdf2"), "no password hash in the audit log");
    }

    @Test
    void reportsHealthAndPublishesTheOpenApiDocument() {
        Reply health = api.get("health", null);
        Reply openapi = api.get("openapi", null);

        assertEquals(200, health.status());
        assertTrue(health.body().contains("\"danhgia-database\""), health.body());
        assertTrue(health.body().startsWith("{\"status\":\"UP\""), health.body());
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/units"), "the modules' resources are documented");
    }

    @Test
    void answersAnUnknownApiPathWithAProblem() {
        Reply reply = api.get("api/v1/khong-co", "admin");

        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        assertEquals("nosniff", reply.header("X-Content-Type-Options"));
    }

    private Reply call(String user, String password, String method, String path) {
        return api.send(api.request(path, null).header("Authorization", Api.basic(user, password))
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()));
    }
}
