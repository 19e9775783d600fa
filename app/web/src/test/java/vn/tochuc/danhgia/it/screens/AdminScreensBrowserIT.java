package vn.tochuc.danhgia.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Browser;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.ServerTest;

/** The administrators' screens in a real browser: login, units, import, and what unit staff may not open. */
@ServerTest
class AdminScreensBrowserIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void showsTheVietnameseLoginPageWithTheDemoLogins() {
        try (Browser browser = Browser.open(base)) {
            browser.go("/");

            assertEquals("/login.xhtml", browser.path());
            String page = browser.text();
            assertTrue(page.contains("Đăng nhập"), page);
            assertTrue(page.contains("Tên đăng nhập"), page);
            assertTrue(page.contains("admin / demo"), page);
            browser.screenshot("login");
        }
    }

    @Test
    void anInlineHandlerThePageDidNotBringDoesNotRunAndIsReportedAsACspViolation() {
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            // as an injected piece of markup would: an element whose inline handler fires at once
            js.executeScript("document.body.insertAdjacentHTML('beforeend',"
                    + " '<img id=\"injected\" src=\"/khong-co.png\" onerror=\"window.injectedRan = true\">')");
            browser.waitFor(d -> !browser.cspViolations().isEmpty());

            assertEquals(null, js.executeScript("return window.injectedRan === undefined ? null : true;"));
            List<String> violations = browser.takeCspViolations();
            assertTrue(violations.stream().anyMatch(v -> v.contains("inline event handler")), violations.toString());
        }
    }

    @Test
    void refusesAWrongPasswordWithAVietnameseMessage() {
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml");
            browser.field(By.id("username")).sendKeys("board");
            browser.field(By.id("password")).sendKeys("sai-mat-khau");
            browser.driver().findElement(By.id("submit")).click();

            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Tên đăng nhập hoặc mật khẩu không đúng."));
            assertEquals("/login.xhtml", browser.path());
        }
    }

    @Test
    void listsTheFiftyDemoUnitsInTheirGroupsForTheAdministrator() {
        try (Browser browser = Browser.open(base)) {
            browser.login("admin", "demo").go("admin/units.xhtml");
            browser.field(By.id("tabs:units:table"));
            String page = browser.text();

            assertTrue(page.contains("Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy"), page);
            var count = java.util.regex.Pattern.compile("(\\d+) đơn vị").matcher(page);
            assertTrue(count.find() && Integer.parseInt(count.group(1)) >= 50, "the toolbar counts the units: " + page);
            assertTrue(page.contains("Các sở, ban, ngành, đoàn thể cấp tỉnh"), page);
            browser.screenshot("admin-units");

            browser.field(By.id("tabs:units:table:name-col:filter")).sendKeys("Tài chính");
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:units:table"),
                    "Sở Tài chính"));
            browser.waitFor(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("tabs:units:table"), "Báo Quảng Ngãi")));
        }
    }

    @Test
    void createsAUnitThroughTheDialog() {
        try (Browser browser = Browser.open(base)) {
            browser.login("admin", "demo").go("admin/units.xhtml");
            browser.field(By.id("tabs:units:new-unit")).click();
            browser.field(By.id("unit-form:code")).sendKeys("TT-CNTT");
            browser.field(By.id("unit-form:name")).sendKeys("Trung tâm Công nghệ thông tin");
            ((JavascriptExecutor) browser.driver()).executeScript("PF('unitGroup').selectValue('SU_NGHIEP')");
            ((JavascriptExecutor) browser.driver()).executeScript("PF('unitParent').selectValue('STTTT')");
            browser.driver().findElement(By.id("unit-form:save-unit")).click();

            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                    "Đã lưu đơn vị TT-CNTT"));
            var unit = new Api(base).get("api/v1/units/TT-CNTT", "admin").json();
            assertEquals("Trung tâm Công nghệ thông tin", unit.getString("name"));
            assertEquals("STTTT", unit.getString("parentCode"));
        }
    }

    @Test
    void importsTheUnitsCsvAfterAPreview() throws Exception {
        Path csv = Files.createTempFile("don-vi", ".csv");
        Files.write(csv, (readFixture() + "TT-LUUTRU,Trung tâm Lưu trữ lịch sử,SU_NGHIEP,SNV\n").getBytes("UTF-8"));
        try (Browser browser = Browser.open(base)) {
            browser.login("admin", "demo").go("admin/units.xhtml");
            ((JavascriptExecutor) browser.driver()).executeScript("PF('unitTabs').select(3)");
            browser.driver().findElement(By.id("tabs:import-form:file_input")).sendKeys(csv.toString());

            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("preview-counts")));
            assertTrue(browser.field(By.id("preview-counts")).getText().contains("Thêm mới: 1"),
                    browser.field(By.id("preview-counts")).getText());
            browser.screenshot("admin-units-import-preview");
            browser.field(By.id("tabs:import-form:confirm-import")).click();

            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                    "Đã nhập: 1 đơn vị mới"));
            assertEquals("Trung tâm Lưu trữ lịch sử",
                    new Api(base).get("api/v1/units/TT-LUUTRU", "admin").json().getString("name"));
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    @Test
    void keepsUnitStaffOutOfTheAdministrationPages() {
        try (Browser browser = Browser.open(base)) {
            browser.login("stc", "demo");
            String home = browser.text();
            assertTrue(home.contains("Sở Tài chính"), "the top bar names the user's unit: " + home);
            assertFalse(home.contains("Nhật ký hệ thống"), "no administration entries in the menu");

            for (String page : new String[] {"admin/units.xhtml", "admin/users.xhtml", "admin/audit.xhtml"}) {
                browser.go(page);
                assertTrue(browser.text().contains("Không có quyền truy cập"), page + ": " + browser.text());
                assertFalse(browser.text().contains("Sở Kế hoạch và Đầu tư"), page + " must not show unit data");
            }
        }
    }

    @Test
    void switchesTheScreensToEnglish() {
        try (Browser browser = Browser.open(base)) {
            browser.login("admin", "demo");
            browser.field(By.id("topbar:lang-en")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Sign out"));
            assertTrue(browser.text().contains("Audit log"), browser.text());
            browser.field(By.id("topbar:lang-vi")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đăng xuất"));
        }
    }

    @Test
    void sendsAUserWithAnInitialPasswordToThePasswordPageFirst() {
        new Api(base).post("api/v1/users", "admin", Api.json("{'username':'moi.vao','fullName':'Người mới vào',"
                + "'roles':['BOARD'],'unitCode':'BTCTU','password':'BanDau2026'}"));
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml");
            browser.field(By.id("username")).sendKeys("moi.vao");
            browser.field(By.id("password")).sendKeys("BanDau2026");
            browser.driver().findElement(By.id("submit")).click();
            browser.waitFor(ExpectedConditions.urlContains("/account/password.xhtml"));
            browser.go("home.xhtml");
            assertEquals("/account/password.xhtml", browser.path(), "every page leads to the password page");

            browser.field(By.id("password-form:current")).sendKeys("BanDau2026");
            browser.field(By.id("password-form:new")).sendKeys("CuaToi2026x");
            browser.field(By.id("password-form:confirm")).sendKeys("CuaToi2026x");
            browser.driver().findElement(By.id("password-form:save")).click();
            browser.waitFor(ExpectedConditions.urlContains("/home.xhtml"));
            assertTrue(browser.text().contains("Người mới vào"), browser.text());
        }
    }

    @Test
    void showsTheAuditLogFilteredByAction() {
        new Api(base).post("api/v1/units", "admin",
                Api.json("{'code':'NHAT-KY','name':'Đơn vị để xem nhật ký','group':'SU_NGHIEP'}"));
        try (Browser browser = Browser.open(base)) {
            browser.login("admin", "demo").go("admin/audit.xhtml");
            browser.field(By.id("audit:entityId")).sendKeys("NHAT-KY");
            browser.driver().findElement(By.id("audit:search")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:table"), "NHAT-KY"));
            String table = browser.field(By.id("audit:table")).getText();
            assertTrue(table.contains("CREATE") && table.contains("admin"), table);
            assertFalse(table.contains("LOGIN_SUCCESS"), "filtered to the unit only: " + table);
            browser.screenshot("admin-audit");
        }
    }

    @Test
    void showsAnAuditSummaryInTheLanguageOfTheScreen() {
        Api api = new Api(base);
        api.post("api/v1/users", "admin", Api.json("{'username':'nhat.ky.en','fullName':'Người xem nhật ký',"
                + "'roles':['BOARD'],'password':'KhoiTao2026'}"));
        api.post("api/v1/users/nhat.ky.en/reset-password", "admin", Api.json("{'newPassword':'TamThoi2026'}"));
        String rest = api.get("api/v1/audit?entityId=nhat.ky.en&action=PASSWORD_RESET", "admin").json()
                .getJsonArray("items").getJsonObject(0).getString("summary");
        assertEquals("Phải đổi mật khẩu ở lần đăng nhập sau", rest, "the REST answer keeps the Vietnamese text");
        try (Browser browser = Browser.open(base)) {
            String english = browser.login("admin", "demo").inEnglish().auditTable("nhat.ky.en", "PASSWORD_RESET");
            browser.field(By.id("topbar:lang-vi")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đăng xuất"));
            String vietnamese = browser.auditTable("nhat.ky.en", "PASSWORD_RESET");

            assertTrue(english.contains("Must change the password at the next login"), english);
            assertFalse(english.contains("Phải đổi mật khẩu"), english);
            assertTrue(vietnamese.contains("Phải đổi mật khẩu ở lần đăng nhập sau"), vietnamese);
        }
    }

    private static String readFixture() throws Exception {
        try (var in = AdminScreensBrowserIT.class.getResourceAsStream("/fixtures/don-vi-quang-ngai.csv")) {
            return new String(in.readAllBytes(), "UTF-8");
        }
    }
}
