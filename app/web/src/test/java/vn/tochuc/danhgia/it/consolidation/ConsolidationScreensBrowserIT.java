package vn.tochuc.danhgia.it.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tochuc.danhgia.it.consolidation.Consolidations.decision;
import static vn.tochuc.danhgia.it.consolidation.Consolidations.ok;
import static vn.tochuc.danhgia.it.consolidation.Consolidations.put;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.tochuc.danhgia.it.consolidation.Consolidations.Closed;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Browser;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.ServerTest;

/**
 * The consolidation screens in a real browser: board decides in the workspace and board2 approves; the version
 * editor links a change to a comment and the difference shows both; the report preview and its downloads.
 */
@ServerTest
class ConsolidationScreensBrowserIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static GreenMail smtp;

    Api api;

    @BeforeAll
    static void smtp() {
        smtp = Smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    private static void settle(Browser browser) {
        browser.waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()"));
    }

    private static WebElement inRow(Browser browser, long commentId, String xpath) {
        return browser.field(By.xpath("//div[@data-comment='" + commentId + "']/ancestor::tr[1]" + xpath));
    }

    /** Chooses a decision, types the response and saves, for one comment of the workspace. */
    private static void decide(Browser browser, long commentId, String decision, String response) {
        new Select(browser.field(By.cssSelector("select[data-comment='" + commentId + "']")))
                .selectByVisibleText(decision);
        WebElement text = browser.field(By.cssSelector("textarea[data-comment='" + commentId + "']"));
        text.clear();
        text.sendKeys(response);
        inRow(browser, commentId, "//button[contains(@class,'save-decision')]").click();
        settle(browser);
    }

    /** Fetches a link from the signed-in browser: "status|content type|bytes". */
    private static String fetch(Browser browser, String href) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => done(r.status"
                + " + '|' + r.headers.get('content-type') + '|' + b.byteLength))).catch(e => done('error ' + e));", href);
    }

    @Test
    void boardDecidesInTheWorkspaceAndBoard2Approves() {
        Closed c = Consolidations.scenario(api);
        try (Browser board = Browser.open(base)) {
            board.login("board", "demo").go("board/consolidation.xhtml?id=" + c.id());
            board.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("ws:progress"),
                    "0 / 2 ý kiến đã có quyết định"));
            assertTrue(board.field(By.id("ws:panel")).getText().contains(Consolidations.K1_TEXT));

            decide(board, c.k1(), "Tiếp thu", "Tiếp thu: nâng lên 35 điểm.");
            board.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("ws:progress"), "1 / 2"));

            board.field(By.xpath("//span[@data-path='D6']")).click();
            board.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("ws:panel"),
                    Consolidations.D6_TEXT));
            decide(board, c.d6(), "Giải trình", "");
            board.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("ws:messages"),
                    "Giải trình phải nêu rõ lý do"));
            decide(board, c.d6(), "Giải trình", "Tỷ lệ xếp loại đã quy định tại khoản 5 Điều 6.");
            board.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("ws:progress"), "2 / 2"));
            assertTrue(board.text().contains("2 đề xuất của bạn đang chờ cán bộ khác phê duyệt"), board.text());
            assertEquals("2/2", board.field(By.cssSelector("span[data-count='C2']")).getText().strip());
            board.screenshot("consolidation-workspace-board");
        }
        try (Browser board2 = Browser.open(base)) {
            board2.login("board2", "demo").go("board/consolidation.xhtml?id=" + c.id());
            board2.field(By.id("ws:approve")).click();
            board2.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("ws:approved-count"),
                    "2 đã phê duyệt"));
            board2.screenshot("consolidation-workspace-approved");
        }
        List<JsonObject> rows = Consolidations.dispositions(api, c.id());
        assertEquals("APPROVED", Consolidations.row(rows, c.k1()).getString("state"));
        assertEquals("board2", Consolidations.row(rows, c.d6()).getString("approvedBy"));
        assertEquals("Tỷ lệ xếp loại đã quy định tại khoản 5 Điều 6.",
                Consolidations.row(rows, c.d6()).getString("response"));
    }

    @Test
    void theVersionEditorLinksAChangeToItsCommentAndTheDifferenceShowsBoth() {
        Closed c = Consolidations.scenario(api);
        ok(put(api, c.id(), "board", decision(c.k1(), "ACCEPTED", "Tiếp thu.", null)), 200);
        try (Browser board = Browser.open(base)) {
            board.login("board", "demo").go("board/version-editor.xhtml?id=" + c.id());
            board.field(By.id("editor:start")).click();
            board.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("revised-label"), "Dự thảo lần 2"));
            board.field(By.cssSelector("a[data-article='D3']")).click();
            settle(board);
            WebElement k1 = board.field(By.cssSelector("textarea[data-path='D3.K1']"));
            k1.clear();
            k1.sendKeys("1. Nhóm tiêu chí về xây dựng Đảng và hệ thống chính trị: tối đa 35 điểm, trong đó:");
            String node = "//textarea[@data-path='D3.K1']/ancestor::div[contains(@class,'edit-node')][1]";
            board.field(By.xpath(node + "//input[@type='checkbox' and @value='" + c.k1() + "']")).click();
            board.field(By.xpath(node + "//button[contains(@class,'save-node')]")).click();
            settle(board);

            WebElement row = board.field(By.cssSelector("#editor\\:article-diff tr[data-node='D3.K1']"));
            assertTrue(row.getText().contains("Sở Tài chính") && row.getText().contains(Consolidations.K1_TEXT),
                    row.getText());
            assertEquals("35", row.findElement(By.tagName("ins")).getText().strip());
            assertEquals("30", row.findElement(By.tagName("del")).getText().strip());
            board.screenshot("consolidation-version-editor-diff");
            String href = board.field(By.id("editor:download-2")).getAttribute("href");
            String answer = fetch(board, href);
            assertTrue(answer.startsWith("200|application/vnd.openxmlformats-officedocument.wordprocessingml"), answer);
        }
        JsonObject change = ok(api.get("api/v1/consultations/" + c.id() + "/revision/changes", "board"), 200).array()
                .getJsonObject(0);
        assertEquals(c.k1(), change.getJsonArray("comments").getJsonObject(0).getJsonNumber("commentId").longValue());
    }

    @Test
    void theReportIsPreviewedDownloadedAndTheTextIssued() {
        Closed c = Consolidations.scenario(api);
        ok(put(api, c.id(), "board", decision(c.k1(), "ACCEPTED", "Tiếp thu.", null),
                decision(c.d6(), "NOTED", "Ghi nhận để hướng dẫn khi thực hiện.", null)), 200);
        ok(api.post("api/v1/consultations/" + c.id() + "/dispositions/approve", "board2", "{}"), 200);
        try (Browser board = Browser.open(base)) {
            board.login("board", "demo").go("board/consolidation-report.xhtml?id=" + c.id());
            String preview = board.field(By.id("preview")).getText();
            assertTrue(preview.contains("Khoản 1 Điều 3") && preview.contains("Sở Tài chính")
                    && preview.contains("Ghi nhận để hướng dẫn khi thực hiện."), preview);
            assertTrue(board.field(By.id("count-asked")).getText().endsWith("27"));
            assertTrue(board.field(By.id("not-answered")).getText().contains("Sở Y tế"));
            String docx = fetch(board, board.field(By.id("report:download-docx")).getAttribute("href"));
            assertTrue(docx.startsWith("200|application/vnd.openxmlformats-officedocument.wordprocessingml"), docx);
            assertTrue(Integer.parseInt(docx.substring(docx.lastIndexOf('|') + 1)) > 5_000, docx);
            String xlsx = fetch(board, board.field(By.id("report:download-xlsx")).getAttribute("href"));
            assertTrue(xlsx.startsWith("200|application/vnd.openxmlformats-officedocument.spreadsheetml"), xlsx);
            board.screenshot("consolidation-report-preview");

            board.field(By.id("report:consolidate")).click();
            board.field(By.id("report:number")).sendKeys("15-QĐ/TU");
            WebElement date = board.field(By.id("report:issued-on"));
            date.clear();
            date.sendKeys("20/11/2023");
            board.field(By.id("report:issue")).click();
            board.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("issued"),
                    "Đã ban hành: số 15-QĐ/TU, ngày 20/11/2023"));
            board.screenshot("consolidation-report-issued");
        }
        assertEquals("15-QĐ/TU", api.get("api/v1/consultations/" + c.id() + "/consolidation", "board").json()
                .getString("issuedNumber"));
    }
}
