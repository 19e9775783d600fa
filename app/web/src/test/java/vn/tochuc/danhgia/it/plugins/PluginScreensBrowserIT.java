package vn.tochuc.danhgia.it.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.tochuc.danhgia.criteria.testkit.SamplePlugins;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Browser;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.ServerTest;

/** The plugin screens in a real browser: IT staff upload and inspect plugins, an administrator assigns one. */
@ServerTest
class PluginScreensBrowserIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void itStaffUploadAJarOnTheScreenAndSeeItListed() throws Exception {
        Path dir = Files.createTempDirectory("it-screen");
        Path jar = SamplePlugins.valid("it-screen", "1.0.0", "SLDTBXH").build(dir.resolve("it-screen-1.0.0.jar"));
        try (Browser browser = Browser.open(base)) {
            browser.login("it", "demo").go("it/plugins.xhtml");
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("plugins:table"),
                    "so-tai-chinh"));
            browser.driver().findElement(By.id("upload-form:file_input")).sendKeys(jar.toString());

            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                    "Đã cài đặt plugin it-screen, phiên bản 1.0.0"));
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("plugins:table"), "it-screen"));
            String table = browser.field(By.id("plugins:table")).getText();
            assertTrue(table.contains("Plugin mẫu it-screen 1.0.0") && table.contains("Đang bật"), table);
            browser.screenshot("it-plugins-uploaded");
        } finally {
            Files.deleteIfExists(jar);
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void aRefusedUploadShowsItsReportAndChangesNothing() throws Exception {
        Path file = Files.createTempFile("ghi-chu", ".jar");
        Files.writeString(file, "Không phải tệp JAR");
        try (Browser browser = Browser.open(base)) {
            browser.login("it", "demo").go("it/plugins.xhtml");
            browser.field(By.id("plugins:table"));
            browser.driver().findElement(By.id("upload-form:file_input")).sendKeys(file.toString());

            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-form:report"),
                    "NOT_A_JAR"));
            assertTrue(browser.field(By.id("report-title")).getText().contains("Plugin bị từ chối"));
            assertTrue(browser.field(By.id("upload-form:report")).getText()
                    .contains("không phải là tệp JAR (định dạng ZIP) hợp lệ"));
            browser.screenshot("it-plugins-refused");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void itStaffDisableAndEnableAPluginAfterConfirming() {
        Api api = new Api(base);
        byte[] jar = PluginJars.bytes(SamplePlugins.valid("it-screen-toggle", "1.0.0", "BAOQN"));
        assertEquals(201, api.upload("api/v1/plugins", "it", "file", "t.jar", "application/java-archive", jar)
                .status());
        String row = "//tr[.//a[text()='it-screen-toggle']]";
        try (Browser browser = Browser.open(base)) {
            browser.login("it", "demo").go("it/plugins.xhtml");
            browser.field(By.xpath(row + "//button[contains(@id, ':disable')]")).click();
            String question = browser.field(By.className("ui-confirm-dialog-message")).getText();
            assertTrue(question.contains("Tắt phiên bản it-screen-toggle@1.0.0?"), question);
            browser.field(By.id("plugins:confirm-yes")).click();

            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                    "Đã tắt plugin it-screen-toggle, phiên bản 1.0.0"));
            assertEquals("DISABLED", api.get("api/v1/plugins/it-screen-toggle", "it").json()
                    .getJsonArray("versions").getJsonObject(0).getString("state"));
            browser.field(By.xpath(row + "//button[contains(@id, ':use')]")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                    "Đã bật plugin it-screen-toggle, phiên bản 1.0.0"));
            assertEquals("ENABLED", api.get("api/v1/plugins/it-screen-toggle", "it").json()
                    .getJsonArray("versions").getJsonObject(0).getString("state"));
        }
    }

    @Test
    void theDetailPageShowsEachFrameworkAsATreeWithPointsAndRules() {
        try (Browser browser = Browser.open(base)) {
            browser.login("it", "demo").go("it/plugin.xhtml?id=so-tai-chinh");

            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("detail:versions"), "1.0.0"));
            String collective = browser.field(By.id("detail:frameworks:tree-COLLECTIVE")).getText();
            assertTrue(collective.contains("Xây dựng Đảng và hệ thống chính trị"), collective);
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelector('a[href=\"#detail:frameworks:tab-CHIEF\"]').click()");
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("detail:frameworks:tree-CHIEF")));
            String chief = browser.field(By.id("detail:frameworks:tree-CHIEF")).getText();
            assertTrue(chief.contains("Kết quả thực hiện chức trách, nhiệm vụ được giao"), chief);
            assertTrue(chief.contains("Từ 3 đến 10 chỉ tiêu, cộng bằng 70 điểm"), chief);
            assertTrue(chief.contains("Trách nhiệm nêu gương"), "sub-criteria are shown: " + chief);
            browser.screenshot("it-plugin-detail");
        }
    }

    @Test
    void anAdministratorAssignsAPluginAndSeesTheUnitsWithoutOne() {
        Api api = new Api(base);
        byte[] jar = PluginJars.bytes(SamplePlugins.valid("it-screen-assign", "1.0.0", "SNGV"));
        assertEquals(201, api.upload("api/v1/plugins", "it", "file", "a.jar", "application/java-archive", jar)
                .status());
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        try (Browser browser = Browser.open(base)) {
            browser.login("admin", "demo").go("admin/framework-assignments.xhtml");
            String missing = browser.field(By.id("missing-title")).getText();
            assertTrue(missing.contains("Đơn vị chưa có khung tiêu chí năm " + year), missing);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("PF('assignPlugin').selectValue('it-screen-assign')");
            js.executeScript("PF('assignUnits').selectValue('SNGV')");
            browser.driver().findElement(By.id("assign:submit")).click();

            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                    "Đã phân công plugin it-screen-assign cho năm " + year));
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("assign:rows"),
                    "SNGV — Sở Ngoại vụ"));
            browser.screenshot("admin-framework-assignments");
        }
        JsonObject sngv = api.get("api/v1/units/SNGV/frameworks", "admin").json();
        assertEquals("OK", sngv.getJsonObject("coverage").getString("status"));
        assertEquals("it-screen-assign", sngv.getJsonObject("coverage").getString("pluginId"));
    }
}
