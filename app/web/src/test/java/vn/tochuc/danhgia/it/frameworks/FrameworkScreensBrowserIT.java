package vn.tochuc.danhgia.it.frameworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tochuc.danhgia.it.frameworks.Frameworks.YEAR;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Browser;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.ServerTest;

/**
 * The framework screens in a real browser: a unit fills in its chief's framework and submits it, the Board returns it
 * with a remark, the unit fixes and resubmits, the Board approves; the consultation screens show the task. The run's
 * database is shared with {@code FrameworksApiIT}, which works on Sở Tài chính's frameworks of this year: here the
 * Sở Tài chính plugin is assigned for next year too, and that year is used.
 */
@ServerTest
class FrameworkScreensBrowserIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** Next year: this year's Sở Tài chính frameworks belong to the API test. */
    private static final int NEXT = YEAR + 1;

    @Test
    void stcSubmitsFourTargetsTheBoardReturnsThemStcFixesAndTheBoardApproves() {
        Api api = new Api(base);
        assertEquals(201, api.post("api/v1/framework-assignments", "admin", "{\"year\":" + NEXT
                + ",\"pluginId\":\"so-tai-chinh\",\"unitCodes\":[\"STC\"],\"groupCodes\":[]}").status());
        try (Browser unit = Browser.open(base)) {
            unit.login("stc", "demo").go("unit/frameworks.xhtml?year=" + NEXT);
            unit.field(By.cssSelector("button.start-CHIEF")).click();
            unit.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("fw-title")));
            assertEquals("/unit/framework-editor.xhtml", unit.path());
            for (int i = 1; i <= 4; i++) {
                unit.field(By.cssSelector("button.add-target")).click();
                int count = i;
                unit.waitFor(d -> d.findElements(By.cssSelector("textarea.t-title")).size() == count);
            }
            fill(unit, 0, "Lãnh đạo giải ngân vốn đầu tư công", "Tỷ lệ giải ngân so với kế hoạch", "95", "%",
                    "Báo cáo giải ngân của Kho bạc", "31/12/" + NEXT, "25");
            fill(unit, 1, "Chỉ đạo thu ngân sách nhà nước đạt 105% dự toán", "Tỷ lệ thu so với dự toán", "105", "%",
                    "Báo cáo thu ngân sách", "31/12/" + NEXT, "20");
            fill(unit, 2, "Tham mưu dự toán ngân sách năm " + (NEXT + 1), "Tờ trình đúng hạn", "1", "văn bản",
                    "Tờ trình dự toán ngân sách", "30/11/" + NEXT, "15");
            fill(unit, 3, "Chuyển đổi số trong quản lý ngân sách", "Tỷ lệ hồ sơ trực tuyến", "90", "%",
                    "Báo cáo chuyển đổi số", "15/12/" + NEXT, "12");
            unit.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("overall-total"), "72 / 70"));
            assertTrue(unit.text().contains("Tổng điểm các chỉ tiêu của tiêu chí 2 là 72; phải bằng 70 điểm."),
                    "the plugin's rule shows while typing");
            unit.screenshot("framework-editor-over");
            WebElement points = unit.driver().findElements(By.cssSelector("input.t-points")).get(3);
            points.clear();
            points.sendKeys("10");
            unit.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("overall-total"), "70 / 70"));
            unit.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("check-state"), "có thể nộp"));
            unit.screenshot("framework-editor-filled");
            confirm(unit, "editor:submit", "editor:confirm-yes");
            unit.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "Đã nộp"));
        }
        long id = chiefId(api);

        try (Browser board = Browser.open(base)) {
            board.login("board", "demo").go("board/frameworks.xhtml?year=" + NEXT + "&unit=STC");
            board.field(By.cssSelector("tr.row-STC-CHIEF a.review-link")).click();
            board.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("fw-title")));
            board.driver().findElements(By.cssSelector("input.target-remark")).get(1)
                    .sendKeys("Đề nghị phấn đấu thu ngân sách vượt 110% dự toán");
            board.screenshot("framework-review");
            confirm(board, "review:return", "review:confirm-yes");
            board.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "Bị trả lại"));
        }

        try (Browser unit = Browser.open(base)) {
            unit.login("stc", "demo").go("unit/framework-editor.xhtml?id=" + id);
            unit.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:remarks"),
                    "Đề nghị phấn đấu thu ngân sách vượt 110% dự toán"));
            assertEquals(1, unit.driver().findElements(By.cssSelector(".target-remark")).size(),
                    "the remark shows beside its target");
            unit.screenshot("framework-editor-returned");
            WebElement value = unit.driver().findElements(By.cssSelector("input.t-value")).get(1);
            value.clear();
            value.sendKeys("110");
            WebElement title = unit.driver().findElements(By.cssSelector("textarea.t-title")).get(1);
            title.clear();
            title.sendKeys("Chỉ đạo thu ngân sách nhà nước đạt 110% dự toán");
            idle(unit);
            confirm(unit, "editor:submit", "editor:confirm-yes");
            unit.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "Đã nộp"));
        }

        try (Browser board = Browser.open(base)) {
            board.login("board", "demo").go("board/framework-review.xhtml?id=" + id);
            assertTrue(board.text().contains("đạt 110% dự toán"), board.text());
            confirm(board, "review:approve", "review:confirm-yes");
            board.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "Đã phê duyệt"));
            assertTrue(board.field(By.id("approval")).getText().contains("SHA-256"));
            board.go("board/frameworks.xhtml?year=" + NEXT + "&unit=STC");
            String row = board.field(By.cssSelector("tr.row-STC-CHIEF")).getText();
            assertTrue(row.contains("Đã phê duyệt"), row);
            assertEquals("1", board.field(By.cssSelector("td.count-CHIEF-APPROVED")).getText());
            board.screenshot("framework-overview");
        }
        JsonObject approved = api.get("api/v1/frameworks/" + id, "stc").json();
        assertEquals("APPROVED", approved.getString("state"));
        assertEquals(2, approved.getJsonArray("history").size());
    }

    @Test
    void aUnitListsItsChiefAndADeputyWhoseFrameworkItCanThenStart() {
        try (Browser unit = Browser.open(base)) {
            unit.login("btgtu", "demo").go("unit/frameworks.xhtml");
            unit.field(By.id("frameworks:add-chief")).click();
            unit.field(By.id("person-form:full-name")).sendKeys("Võ Thị Lan");
            unit.field(By.id("person-form:person-title")).sendKeys("Trưởng ban");
            unit.field(By.id("person-form:save-person")).click();
            unit.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("frameworks:people"),
                    "Võ Thị Lan"));
            unit.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("person-form:full-name")));
            unit.field(By.id("frameworks:add-deputy")).click();
            unit.field(By.id("person-form:full-name")).sendKeys("Đặng Quốc Huy");
            unit.field(By.id("person-form:person-title")).sendKeys("Phó Trưởng ban");
            unit.field(By.id("person-form:person-field")).sendKeys("Tuyên truyền; báo chí, xuất bản");
            unit.field(By.id("person-form:save-person")).click();
            unit.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("frameworks:subjects"),
                    "Đặng Quốc Huy"));
            String subjects = unit.field(By.id("frameworks:subjects")).getText();
            assertTrue(subjects.contains("Tuyên truyền; báo chí, xuất bản"), subjects);
            assertTrue(subjects.contains("Võ Thị Lan"), "the chief's name shows on the chief's framework");
            unit.screenshot("framework-unit-people");
            unit.field(By.cssSelector("button.start-DEPUTY")).click();
            unit.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("fw-title")));
            assertTrue(unit.field(By.id("fw-title")).getText().contains("Đặng Quốc Huy"));
            assertTrue(unit.text().contains("Tuyên truyền; báo chí, xuất bản"), "the deputy's field is shown");
        }
    }

    @Test
    void theBoardPublishesAConsultationWithTheTaskAndTheInboxAndTrackingShowBothParts() throws Exception {
        Path file = Files.createTempFile("du-thao", ".docx");
        Files.write(file, Frameworks.fixture());
        String reference = UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-CV/BTCTU";
        long consultation;
        try (Browser board = Browser.open(base)) {
            board.login("board", "demo").go("board/consultation-new.xhtml");
            board.driver().findElement(By.id("wizard:file_input")).sendKeys(file.toString());
            board.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("uploaded")));
            board.field(By.id("wizard:next")).click();
            board.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("wizard:nodes")));
            board.field(By.id("wizard:next")).click();
            board.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("wizard:groups")));
            js(board, "document.querySelector(\"input[value='THAM_MUU_TU']\").click()");
            idle(board);
            board.field(By.id("wizard:next")).click();
            board.field(By.id("wizard:reference")).sendKeys(reference);
            WebElement deadline = board.field(By.id("wizard:deadline"));
            deadline.clear();
            deadline.sendKeys(LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusHours(3)
                    .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
            js(board, "document.querySelector(\"input[value='frameworks']\").click()");
            board.screenshot("framework-task-wizard");
            board.field(By.id("wizard:next")).click();
            board.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"),
                    "Cụ thể hóa khung tiêu chí"));
            board.field(By.id("wizard:publish")).click();
            board.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("count-not-answered")));
            consultation = Long.parseLong(board.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            String table = board.field(By.id("tracking:table")).getText();
            assertTrue(table.contains("Nhiệm vụ kèm theo") && table.contains("Chưa bắt đầu"), table);
        } finally {
            Files.deleteIfExists(file);
        }
        Api api = new Api(base);
        assertEquals(YEAR, api.get("api/v1/framework-tasks/" + consultation, "board").json().getInt("year"));
        Frameworks.started(api, "vptu", "COLLECTIVE", null);
        try (Browser unit = Browser.open(base)) {
            unit.login("vptu", "demo").go("unit/inbox.xhtml");
            String inbox = unit.field(By.id("inbox")).getText();
            assertTrue(inbox.contains(reference) && inbox.contains("Góp ý dự thảo")
                    && inbox.contains("Cụ thể hóa khung tiêu chí") && inbox.contains("Đang soạn"), inbox);
            unit.screenshot("framework-task-inbox");
            // the task link of this consultation's row: other classes of a run may have sent this unit newer ones
            unit.field(By.xpath("//tbody[@id='inbox_data']/tr[contains(., '" + reference
                    + "')]//a[contains(@class,'task-link')]")).click();
            unit.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-request")));
            assertTrue(unit.field(By.cssSelector(".task-request")).getText().contains(reference));
        }
        try (Browser board = Browser.open(base)) {
            board.login("board", "demo").go("board/consultation-tracking.xhtml?id=" + consultation);
            List<String> rows = board.driver().findElements(By.cssSelector("#tracking\\:table tbody tr")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(rows.stream().anyMatch(r -> r.contains("VPTU") && r.contains("Chưa mở")
                    && r.contains("Đang soạn")), "the answer's status and the framework's: " + rows);
            assertTrue(rows.stream().anyMatch(r -> r.contains("BNCTU") && r.contains("Chưa bắt đầu")),
                    rows.toString());
            board.screenshot("framework-task-tracking");
        }
    }

    private static void js(Browser browser, String script) {
        ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    /** Types a target's fields into the editor's row {@code index}; the live check runs as it goes. */
    private static void fill(Browser browser, int index, String title, String indicator, String value, String unit,
            String output, String deadline, String points) {
        type(browser, "textarea.t-title", index, title);
        type(browser, "input.t-indicator", index, indicator);
        type(browser, "input.t-value", index, value);
        type(browser, "input.t-unit", index, unit);
        type(browser, "input.t-output", index, output);
        type(browser, "input.t-deadline", index, deadline);
        type(browser, "input.t-points", index, points);
        idle(browser);
    }

    private static void type(Browser browser, String css, int index, String text) {
        WebElement field = browser.driver().findElements(By.cssSelector(css)).get(index);
        field.clear();
        field.sendKeys(text);
    }

    /** Waits until PrimeFaces has no request pending (the live check answered). */
    private static void idle(Browser browser) {
        browser.waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()"));
    }

    private static void confirm(Browser browser, String button, String yes) {
        idle(browser);
        browser.field(By.id(button)).click();
        browser.field(By.id(yes)).click();
    }

    private static long chiefId(Api api) {
        return api.get("api/v1/frameworks?year=" + NEXT, "stc").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("subjectType").equals("CHIEF")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
