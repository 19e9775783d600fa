package vn.tochuc.danhgia.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tochuc.danhgia.it.support.Api.json;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Browser;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.Reply;
import vn.tochuc.danhgia.it.support.ServerTest;
import vn.tochuc.danhgia.it.support.TestEnvironment;

/**
 * The database goes away while the server runs: requests fail fast with 503 problem bodies (never a 500, never a
 * hang), nothing is half-written, and when the database is back the server serves again without a restart.
 */
@ServerTest
class DatabaseOutageIT {

    @Deployment(testable = false)
    @TargetsContainer("payara-outage")
    static WebArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @AfterEach
    void databaseBack() {
        TestEnvironment.databaseRelay().restore();
    }

    @Test
    void failsFastWith503WhileTheDatabaseIsDownAndRecoversWithoutARestart() {
        Api api = new Api(base);
        assertEquals(200, api.get("api/v1/units/STC", "admin").status());

        TestEnvironment.databaseRelay().cut();
        for (int i = 0; i < 5; i++) {
            Instant start = Instant.now();
            Reply read = api.get("api/v1/units/STC", "admin");
            Duration took = Duration.between(start, Instant.now());
            assertEquals(503, read.status(), read.body());
            assertTrue(read.contentType().startsWith("application/problem+json"), read.contentType());
            assertTrue(read.body().contains("Cơ sở dữ liệu tạm thời không kết nối được"), read.body());
            assertTrue(took.toMillis() < 3000, "must fail fast, took " + took);
        }
        assertEquals(503, api.get("health", null).status());

        TestEnvironment.databaseRelay().restore();
        Reply recovered = retryUntilOk(api);
        assertEquals(200, recovered.status(), recovered.body());
        assertEquals(201, api.post("api/v1/units", "admin",
                json("{'code':'SAU-SU-CO','name':'Tạo sau sự cố','group':'SU_NGHIEP'}")).status());
    }

    @Test
    void writesNothingOfARequestThatFailedDuringTheOutage() {
        Api api = new Api(base);
        api.get("api/v1/me", "admin");
        TestEnvironment.databaseRelay().cut();

        Reply create = api.post("api/v1/units", "admin",
                json("{'code':'TRONG-SU-CO','name':'Tạo trong sự cố','group':'SU_NGHIEP'}"));

        TestEnvironment.databaseRelay().restore();
        retryUntilOk(api);
        assertEquals(503, create.status(), create.body());
        assertEquals(404, api.get("api/v1/units/TRONG-SU-CO", "admin").status());
        assertEquals(0, api.get("api/v1/audit?entityId=TRONG-SU-CO", "admin").json().getInt("total"));
    }

    @Test
    void showsTheScreensATemporaryErrorPageInsteadOfASystemError() {
        try (Browser browser = Browser.open(base)) {
            browser.login("admin", "demo");
            TestEnvironment.databaseRelay().cut();

            browser.go("admin/units.xhtml");

            assertTrue(browser.text().contains("Hệ thống tạm thời gián đoạn"), browser.text());
            assertTrue(browser.text().contains("Dữ liệu đã lưu không bị mất"), browser.text());
            TestEnvironment.databaseRelay().restore();
            retryUntilOk(new Api(base));
            browser.go("admin/units.xhtml");
            assertTrue(browser.text().contains("Sở Tài chính") || browser.text().contains("đơn vị"), browser.text());
        }
    }

    private static Reply retryUntilOk(Api api) {
        Reply reply = null;
        for (int i = 0; i < 30; i++) {
            reply = api.get("api/v1/units/STC", "admin");
            if (reply.status() == 200) {
                return reply;
            }
            sleep();
        }
        return reply;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
