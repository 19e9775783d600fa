package vn.tochuc.danhgia.it.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Browser;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.ServerTest;

/** The consultation screens in a real browser: the Board's creation steps and dashboard, a unit's answer. */
@ServerTest
class ConsultationScreensBrowserIT {

    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void smtp() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopSmtp() {
        mailbox.close();
    }

    private static void js(Browser browser, String script) {
        ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private static WebElement comment(Browser browser, String path) {
        return browser.field(By.cssSelector("textarea[data-path='" + path + "']"));
    }

    /** Types into a comment and leaves the field, which autosaves; waits for the save to come back. */
    private static void typeAndLeave(Browser browser, String path, String text) {
        WebElement area = comment(browser, path);
        area.clear();
        area.sendKeys(text);
        js(browser, "document.activeElement.blur()");
        browser.waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()"));
    }

    /** Moves to the next article with the keyboard shortcut, and waits for it to show. */
    private static void nextArticle(Browser browser, String expectedPath) {
        browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.chord(
                org.openqa.selenium.Keys.ALT, org.openqa.selenium.Keys.ARROW_RIGHT));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("textarea[data-path='" + expectedPath + "']")));
    }

    @Test
    void theBoardCreatesAndPublishesThroughTheSteps() throws Exception {
        Path file = Files.createTempFile("du-thao", ".docx");
        Files.write(file, Drafts.resource(Drafts.FIXTURE));
        String reference = Drafts.reference();
        try (Browser browser = Browser.open(base)) {
            browser.login("board", "demo").go("board/consultation-new.xhtml");
            browser.driver().findElement(By.id("wizard:file_input")).sendKeys(file.toString());
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("uploaded"), "10 điều"));
            browser.field(By.id("wizard:next")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("wizard:nodes"),
                    "Điều 3. Khung tiêu chí đánh giá tập thể"));
            browser.screenshot("consultation-new-structure");
            browser.field(By.id("wizard:next")).click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("wizard:groups")));
            js(browser, "document.querySelector(\"input[value='SO_NGANH']\").click()");
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("wizard:recipient-count"), "27"));
            browser.field(By.id("wizard:next")).click();
            browser.field(By.id("wizard:reference")).sendKeys(reference);
            browser.field(By.id("wizard:next")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), reference));
            browser.screenshot("consultation-new-publish");
            browser.field(By.id("wizard:publish")).click();

            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("count-not-answered")));
            assertEquals("/board/consultation-tracking.xhtml", browser.path());
            assertTrue(browser.text().contains("Đang lấy ý kiến"), browser.text());
            assertEquals("27", browser.field(By.id("count-not-answered")).getText());
            browser.screenshot("consultation-tracking-new");
        } finally {
            Files.deleteIfExists(file);
        }
        assertEquals(27, mailbox.waitFor(reference, 27).size(), "every unit of the group is mailed");
    }

    @Test
    void aUnitAnswersArticleByArticleSubmitsAndSeesItsReceipt() {
        Api api = new Api(base);
        long id = Drafts.open(api, Drafts.reference(), Drafts.deadlineIn(3 * 86_400), false, List.of(),
                List.of("STC", "SGDDT", "SYT"));
        try (Browser browser = Browser.open(base)) {
            browser.login("stc", "demo").go("unit/inbox.xhtml");
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox"), "Còn 2 ngày"));
            browser.screenshot("unit-inbox");
            browser.go("unit/answer.xhtml?id=" + id);
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "Điều 1. Phạm vi điều chỉnh"));
            browser.field(By.id("answer:next-article")).click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("textarea[data-path='D2']")));
            nextArticle(browser, "D3.K1");
            typeAndLeave(browser, "D3.K1", "Đề nghị nâng lên 35 điểm <b>ngay</b>");
            nextArticle(browser, "D4");
            typeAndLeave(browser, "D4", "Bổ sung tiêu chí về chuyển đổi số");
            js(browser, "document.querySelector(\"input[value='COMMENTS']\").click()");
            browser.waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return PrimeFaces.ajax.Queue.isEmpty()"));

            JsonObject saved = api.get("api/v1/consultations/" + id + "/answers/mine", "stc").json();
            assertEquals(2, saved.getJsonArray("comments").size(), saved.toString());
            assertEquals("Đề nghị nâng lên 35 điểm <b>ngay</b>",
                    saved.getJsonArray("comments").getJsonObject(0).getString("text"));
            browser.field(By.id("answer:open-submit")).click();
            browser.field(By.id("answer:signer-name")).sendKeys("Nguyễn Văn An");
            browser.field(By.id("answer:signer-title")).sendKeys("Giám đốc");
            browser.field(By.id("answer:submit")).click();

            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("receipt-number"),
                    "GY-" + id + "-STC-1"));
            browser.screenshot("unit-receipt");
        }
        try (Browser board = Browser.open(base)) {
            board.login("board", "demo").go("board/consultation-tracking.xhtml?id=" + id);
            String table = board.field(By.id("tracking:table")).getText();
            assertTrue(table.contains("Sở Tài chính") && table.contains("Đã gửi") && table.contains("Có ý kiến"),
                    table);
            assertTrue(table.contains("Chưa mở"), table);
            board.screenshot("board-tracking");
            board.go("board/consultation-comments.xhtml?id=" + id);
            String page = board.text();
            assertTrue(page.contains("Đề nghị nâng lên 35 điểm <b>ngay</b>"), "markup is shown as text: " + page);
            assertTrue(board.driver().getPageSource().contains("&lt;b&gt;ngay&lt;/b&gt;"), "and escaped");
            assertTrue(page.contains("Điều 3 › Khoản 1"), page);
            board.screenshot("board-comments");
        }
        try (Browser admin = Browser.open(base)) {
            String audit = admin.login("admin", "demo").inEnglish().auditTable(id + "/STC", "SUBMIT_ANSWER");
            assertTrue(audit.contains("GY-" + id + "-STC-1, comments: 2, signed: Nguyễn Văn An — Giám đốc"),
                    "the audit screen shows the submission in English: " + audit);
            assertFalse(audit.contains("ý kiến"), audit);
        }
    }

    @Test
    void twoTabsOfOneUnitEditingTheSameCommentLoseNothing() {
        Api api = new Api(base);
        long id = Drafts.open(api, Drafts.reference(), Drafts.deadlineIn(86_400), false, List.of(), List.of("SYT"));
        try (Browser first = Browser.open(base); Browser second = Browser.open(base)) {
            first.login("syt", "demo").go("unit/answer.xhtml?id=" + id);
            second.login("syt", "demo").go("unit/answer.xhtml?id=" + id);
            comment(first, "D1");
            comment(second, "D1");

            typeAndLeave(first, "D1", "Bản của thẻ thứ nhất");
            typeAndLeave(second, "D1", "Bản của thẻ thứ hai");

            second.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("answer:messages"),
                    "vừa được lưu ở nơi khác"));
            assertEquals("Bản của thẻ thứ hai", comment(second, "D1").getAttribute("value"), "the typing stays");
            assertEquals("Bản của thẻ thứ nhất", api.get("api/v1/consultations/" + id + "/answers/mine", "syt").json()
                    .getJsonArray("comments").getJsonObject(0).getString("text"), "the first save stays");
            second.screenshot("answer-conflict");

            second.field(By.id("answer:reload-keep-bottom")).click();
            second.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("answer:save-state"),
                    "Đã lưu nháp"));
            JsonObject answer = api.get("api/v1/consultations/" + id + "/answers/mine", "syt").json();
            assertEquals(1, answer.getJsonArray("comments").size(), answer.toString());
            assertEquals("Bản của thẻ thứ hai", answer.getJsonArray("comments").getJsonObject(0).getString("text"));
        }
    }

    @Test
    void anotherUnitsScreensNeverShowItsAnswer() {
        Api api = new Api(base);
        long id = Drafts.open(api, Drafts.reference(), Drafts.deadlineIn(86_400), false, List.of(),
                List.of("SCT", "SXD"));
        String secret = "Ý kiến riêng của Sở Công Thương " + id;
        Drafts.save(api, id, "sct", "COMMENTS", "[{\"path\":\"D1\",\"text\":\"" + secret + "\"}]");
        try (Browser browser = Browser.open(base)) {
            browser.login("sxd", "demo").go("unit/answer.xhtml?id=" + id);
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "Điều 1. Phạm vi điều chỉnh"));
            assertFalse(browser.driver().getPageSource().contains(secret));
            assertEquals("", comment(browser, "D1").getAttribute("value"));
            for (String page : List.of("unit/inbox.xhtml", "account/notices.xhtml",
                    "board/consultation-tracking.xhtml?id=" + id, "board/consultation-comments.xhtml?id=" + id)) {
                browser.go(page);
                assertFalse(browser.driver().getPageSource().contains(secret), page);
            }
            browser.go("board/consultation-comments.xhtml?id=" + id);
            assertTrue(browser.text().contains("Không có quyền truy cập"), browser.text());
        }
    }
}
