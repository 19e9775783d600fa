package vn.tochuc.danhgia.it.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * The screens as the Board and a unit use them every day, in Debian's Chromium: a round's time follows its state,
 * long lists are searched and filtered, the structure check is a tree, recipients are picked by name or code, every
 * unit page works on a 390 px phone, and signing in is measured as the browser sees it. Screenshots at 1440 and 390 px
 * go to {@code target/screenshots/} for review.
 */
@ServerTest
class EverydayScreensBrowserIT {

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

    private static Object js(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    private static void ajaxDone(Browser browser) {
        browser.waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()"));
    }

    /** The inbox row of one consultation, found by its reference. */
    private static String inboxRow(Browser browser, String reference) {
        return browser.field(By.xpath("//tbody[@id='inbox_data']/tr[contains(., '" + reference + "')]")).getText();
    }

    @Test
    void aClosedRoundStopsCountingDownOnTheUnitsScreens() {
        Api api = new Api(base);
        String reference = Drafts.reference();
        long id = Drafts.open(api, reference, Drafts.deadlineIn(2 * 86_400), false, List.of(), List.of("SGTVT"));
        try (Browser browser = Browser.open(base)) {
            browser.login("sgtvt", "demo").go("unit/inbox.xhtml");
            browser.waitFor(d -> inboxRow(browser, reference).contains("Còn 1 ngày"));

            assertEquals(200, api.post("api/v1/consultations/" + id + "/close", "board", null).status());
            browser.go("unit/inbox.xhtml");
            String row = inboxRow(browser, reference);
            assertTrue(row.contains("Đã kết thúc lấy ý kiến"), row);
            assertFalse(row.contains("Còn "), "no countdown once closed: " + row);
            browser.go("unit/answer.xhtml?id=" + id);
            String page = browser.field(By.tagName("body")).getText();
            assertTrue(page.contains("Đã kết thúc lấy ý kiến"), page);
            assertTrue(browser.driver().findElements(By.cssSelector(".countdown")).isEmpty(), "no countdown element");
            browser.screenshots("round-closed-answer");
        }
    }

    @Test
    void aUnitGivenMoreTimeSeesItsOwnDeadlineAndOthersDoNot() {
        Api api = new Api(base);
        String reference = Drafts.reference();
        long id = Drafts.open(api, reference, Drafts.deadlineIn(3_600), false, List.of(), List.of("SGTVT", "SKHCN"));
        assertEquals(200, api.post("api/v1/consultations/" + id + "/extend", "board", "{\"deadline\":\""
                + Drafts.deadlineIn(3 * 86_400) + "\",\"unit\":\"SGTVT\",\"reason\":\"Đơn vị xin thêm thời gian\"}")
                .status());
        try (Browser extended = Browser.open(base); Browser other = Browser.open(base)) {
            extended.login("sgtvt", "demo").go("unit/inbox.xhtml");
            extended.waitFor(d -> inboxRow(extended, reference).contains("Còn 2 ngày"));
            assertTrue(inboxRow(extended, reference).contains("Đơn vị được gia hạn"), inboxRow(extended, reference));
            extended.go("unit/answer.xhtml?id=" + id);
            extended.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Còn 2 ngày"));
            assertTrue(extended.text().contains("Đơn vị được gia hạn"), extended.text());
            extended.screenshots("round-extended-inbox");

            other.login("skhcn", "demo").go("unit/inbox.xhtml");
            other.waitFor(d -> inboxRow(other, reference).contains("Còn 0 giờ"));
            assertFalse(inboxRow(other, reference).contains("gia hạn"), inboxRow(other, reference));
        }
    }

    @Test
    void aRoundPastItsDeadlineSaysWhetherLateAnswersAreTaken() throws InterruptedException {
        Api api = new Api(base);
        String late = Drafts.reference();
        String strict = Drafts.reference();
        Drafts.open(api, late, Drafts.deadlineIn(4), true, List.of(), List.of("SGTVT"));
        Drafts.open(api, strict, Drafts.deadlineIn(4), false, List.of(), List.of("SGTVT"));
        Thread.sleep(4_500);
        try (Browser browser = Browser.open(base)) {
            browser.login("sgtvt", "demo").go("unit/inbox.xhtml");
            String lateRow = inboxRow(browser, late);
            String strictRow = inboxRow(browser, strict);
            assertTrue(lateRow.contains("vẫn nhận ý kiến gửi muộn"), lateRow);
            assertTrue(strictRow.contains("Đã hết hạn góp ý"), strictRow);
            assertFalse(lateRow.contains("Còn ") || strictRow.contains("Còn "), lateRow + " / " + strictRow);
            browser.screenshots("round-late-inbox");
        }
    }

    @Test
    void theUnitSearchesFiltersAndSortsItsInbox() {
        Api api = new Api(base);
        String first = Drafts.reference();
        String second = Drafts.reference();
        long submitted = Drafts.open(api, first, Drafts.deadlineIn(86_400), false, List.of(), List.of("SKHCN"));
        Drafts.open(api, second, Drafts.deadlineIn(2 * 86_400), false, List.of(), List.of("SKHCN"));
        Drafts.save(api, submitted, "skhcn", "AGREE", "[]");
        assertEquals(201, Drafts.submit(api, submitted, "skhcn").status());
        try (Browser browser = Browser.open(base)) {
            browser.login("skhcn", "demo").go("unit/inbox.xhtml");
            search(browser, "inbox:globalFilter", first.toLowerCase());
            browser.waitFor(d -> rows(browser, "inbox_data").size() == 1);
            assertTrue(rows(browser, "inbox_data").get(0).contains(first));
            String receipt = rows(browser, "inbox_data").get(0);
            assertTrue(receipt.contains("Số tiếp nhận: GY-" + submitted + "-SKHCN-1"), "the receipt is labelled: "
                    + receipt);

            search(browser, "inbox:globalFilter", "xin y kien danh gia xep loai");
            browser.waitFor(d -> rows(browser, "inbox_data").stream().anyMatch(r -> r.contains(first))
                    && rows(browser, "inbox_data").stream().anyMatch(r -> r.contains(second)));

            choose(browser, "inbox:status-filter", "Đã gửi");
            browser.waitFor(d -> rows(browser, "inbox_data").stream().noneMatch(r -> r.contains(second)));
            assertTrue(rows(browser, "inbox_data").stream().anyMatch(r -> r.contains(first)));
            browser.screenshots("inbox-filtered");

            choose(browser, "inbox:status-filter", "Tất cả");
            search(browser, "inbox:globalFilter", "khong co van ban nay");
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox"),
                    "Không có văn bản nào khớp"));
        }
    }

    @Test
    void theBoardSearchesItsConsultationsAndFiltersThemByStateAndYear() {
        Api api = new Api(base);
        String open = Drafts.reference();
        String closed = Drafts.reference();
        Drafts.open(api, open, Drafts.deadlineIn(86_400), false, List.of(), List.of("BDT"));
        long closedId = Drafts.open(api, closed, Drafts.deadlineIn(86_400), false, List.of(), List.of("BDT"));
        assertEquals(200, api.post("api/v1/consultations/" + closedId + "/close", "board", null).status());
        String year = Drafts.deadlineIn(86_400).substring(0, 4);
        try (Browser browser = Browser.open(base)) {
            browser.login("board", "demo").go("board/consultations.xhtml");
            choose(browser, "list:table:state-filter", "Đã kết thúc");
            browser.waitFor(d -> rows(browser, "list:table_data").stream().anyMatch(r -> r.contains(closed)));
            assertTrue(rows(browser, "list:table_data").stream().noneMatch(r -> r.contains(open)),
                    "an open round is not listed as closed");
            choose(browser, "list:table:year-filter", year);
            search(browser, "list:table:globalFilter", closed.substring(0, closed.indexOf('-') + 4).toLowerCase());
            browser.waitFor(d -> rows(browser, "list:table_data").size() == 1);
            assertTrue(rows(browser, "list:table_data").get(0).contains(closed));
            browser.screenshots("board-consultations-filtered");

            browser.field(By.cssSelector("th[id$='deadline-col'] .ui-column-title")).click();
            ajaxDone(browser);
            browser.waitFor(d -> d.findElement(By.cssSelector("th[id$='deadline-col']")).getAttribute("class")
                    .contains("ui-state-active"));
        }
    }

    @Test
    void theStructureCheckIsATreeAndAsksBeforeDeleting() throws IOException {
        Path file = Files.createTempFile("du-thao", ".docx");
        Files.write(file, Drafts.resource(Drafts.FIXTURE));
        try (Browser browser = Browser.open(base)) {
            browser.login("board", "demo").go("board/consultation-new.xhtml");
            browser.driver().findElement(By.id("wizard:file_input")).sendKeys(file.toString());
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("uploaded"), "10 điều"));
            browser.field(By.id("wizard:next")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("wizard:nodes"),
                    "Điều 3. Khung tiêu chí đánh giá tập thể"));
            assertFalse(visibleRow(browser, "D3.K1"), "a điều's khoản stay folded until it is opened");
            browser.screenshots("structure-tree");

            browser.field(By.xpath(rowXpath("D3") + "//*[contains(@class,'ui-treetable-toggler')]")).click();
            browser.waitFor(d -> visibleRow(browser, "D3.K1"));
            int before = browser.driver().findElements(By.cssSelector("#wizard\\:nodes tbody tr")).size();
            browser.field(By.xpath(rowXpath("D3.K1") + "//button[contains(@id,'delete-node')]")).click();
            WebElement dialog = browser.field(By.cssSelector(".ui-confirm-dialog"));
            assertTrue(dialog.getText().contains("Xóa Khoản 1 khỏi dự thảo?"), dialog.getText());
            browser.screenshots("structure-delete-confirm");
            browser.field(By.id("wizard:confirm-no")).click();
            assertTrue(visibleRow(browser, "D3.K1"), "saying no keeps the khoản");

            browser.field(By.xpath(rowXpath("D3.K1") + "//button[contains(@id,'delete-node')]")).click();
            browser.field(By.id("wizard:confirm-yes")).click();
            ajaxDone(browser);
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("wizard:messages"),
                    "Đã sửa"));
            browser.field(By.id("wizard:expand-all")).click();
            ajaxDone(browser);
            assertTrue(browser.driver().findElements(By.cssSelector("#wizard\\:nodes tbody tr")).size() >= before - 1);
            assertTrue(visibleRow(browser, "D3.K2") || visibleRow(browser, "D3.K1"), "the article keeps its others");

            browser.field(By.id("wizard:next")).click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("wizard:units")));
            assertTrue(browser.field(By.id("wizard:units")).getText().contains("Chọn thêm từng đơn vị"),
                    "the picker says what it is for");
            browser.field(By.id("wizard:units")).click();
            WebElement filter = browser.field(By.cssSelector("#wizard\\:units_panel input[type='text']"));
            filter.sendKeys("stc");
            browser.waitFor(d -> visibleItems(browser).size() == 1);
            assertEquals(List.of("Sở Tài chính (STC)"), visibleItems(browser));
            filter.clear();
            filter.sendKeys("giao duc");
            browser.waitFor(d -> visibleItems(browser).contains("Sở Giáo dục và Đào tạo (SGDDT)"));
            browser.driver().findElements(By.cssSelector("#wizard\\:units_panel li.ui-selectcheckboxmenu-item")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("wizard:recipient-count"), "1"));
            js(browser, "PF('singleUnits').hide()");

            browser.field(By.xpath("//tr[td[contains(., 'ban, ngành, đoàn thể')]]//a[contains(@class,'preview-group')]"))
                    .click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("preview-units"),
                    "Sở Tài chính"));
            assertEquals(27, browser.driver().findElements(By.cssSelector("#preview-units_data tr")).size());
            browser.screenshots("recipients-group-preview");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void everyUnitPageWorksOnAPhone() {
        Api api = new Api(base);
        String reference = Drafts.reference();
        long id = Drafts.open(api, reference, Drafts.deadlineIn(86_400), false, List.of(), List.of("BDT"));
        List<String> pages = List.of("home.xhtml", "unit/inbox.xhtml", "unit/answer.xhtml?id=" + id,
                "unit/frameworks.xhtml", "account/notices.xhtml", "account/password.xhtml");
        try (Browser browser = Browser.open(base)) {
            browser.width(Browser.PHONE);
            browser.go("login.xhtml");
            assertTrue(browser.fitsWidth(), "login page fits a phone");
            browser.login("bdt", "demo");
            for (String page : pages) {
                browser.width(Browser.PHONE).go(page);
                browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
                String name = page.replaceAll("\\?.*", "").replace('/', '-').replace(".xhtml", "");
                assertTrue(browser.fitsWidth(), page + " is wider than a phone: " + browser.overflowing());
                WebElement logout = browser.field(By.id("topbar:logout"));
                assertTrue(logout.getSize().getHeight() <= 40, page + ": log-out wraps, " + logout.getSize());
                assertEquals("Đăng xuất", logout.getAttribute("title"), "the icon keeps its name");
                int topbar = browser.field(By.cssSelector("header.topbar")).getSize().getHeight();
                assertTrue(topbar <= 56, page + ": the top bar grew to " + topbar);
                browser.screenshots("phone-" + name);
            }
            browser.width(Browser.PHONE).go("unit/inbox.xhtml");
            Number tableTop = (Number) js(browser, "return document.getElementById('inbox').getBoundingClientRect().top");
            assertTrue(tableTop.intValue() < 320, "the notices box pushes the inbox down to " + tableTop + " px");
            String sortChoice = browser.field(By.cssSelector("#inbox select.ui-reflow-dropdown")).getText();
            assertTrue(sortChoice.contains("tăng dần") && !sortChoice.contains("Ascending"), sortChoice);
        }
    }

    @Test
    void signingInIsMeasuredAsTheBrowserSeesIt() throws IOException {
        List<Double> times = new ArrayList<>();
        try (Browser browser = Browser.open(base)) {
            for (int i = 0; i < 6; i++) {
                times.add(browser.timedLogin(i % 2 == 0 ? "bdt" : "skhcn", "demo"));
                Object redirects = js(browser, "return performance.getEntriesByType('navigation')[0].redirectCount");
                assertEquals(1L, ((Number) redirects).longValue(), "one redirect from the form to the home page");
                Object slow = js(browser, "return performance.getEntriesByType('resource')"
                        + ".filter(r => r.duration > 1000 || r.responseStatus >= 400).map(r => r.name)");
                assertEquals(List.of(), slow, "a resource the home page waits for or cannot load");
                browser.field(By.id("topbar:logout")).click();
                browser.field(By.id("username"));
            }
        }
        Path out = Path.of(System.getProperty("project.build.directory", "target"), "sign-in-browser.csv");
        Files.writeString(out, "sign-in (ms, form POST to home page loaded)\n"
                + String.join("\n", times.stream().map(t -> String.format(java.util.Locale.ROOT, "%.0f", t)).toList())
                + "\n");
        System.out.println("Sign-in as Chromium sees it (ms): " + times);
    }

    private static void search(Browser browser, String id, String text) {
        WebElement box = browser.field(By.id(id));
        box.clear();
        box.sendKeys(text);
        ajaxDone(browser);
    }

    /**
     * Chooses an option of a PrimeFaces select by its label, through the widget as a pick in its list does (the
     * overlay's fade-in made a click on an item a race), and waits for the table's filtering to come back.
     */
    private static void choose(Browser browser, String id, String label) {
        browser.field(By.id(id));
        js(browser, "var w = PrimeFaces.getWidgetById(arguments[0]);"
                + " var o = Array.from(w.input[0].options).find(x => x.text.trim() === arguments[1]);"
                + " w.selectValue(o.value); w.input.trigger('change');", id, label);
        ajaxDone(browser);
        browser.waitFor(d -> label.equals(d.findElement(By.id(id + "_label")).getText().strip()));
    }

    private static List<String> rows(Browser browser, String bodyId) {
        return browser.driver().findElements(By.cssSelector("tbody[id='" + bodyId + "'] > tr")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    private static String rowXpath(String path) {
        return "//tbody[@id='wizard:nodes_data']/tr[.//span[contains(@class,'node-path') and normalize-space(.)='"
                + path + "']]";
    }

    private static boolean visibleRow(Browser browser, String path) {
        return browser.driver().findElements(By.xpath(rowXpath(path))).stream().anyMatch(WebElement::isDisplayed);
    }

    private static List<String> visibleItems(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#wizard\\:units_panel li.ui-selectcheckboxmenu-item"))
                .stream().filter(WebElement::isDisplayed).map(WebElement::getText).map(String::strip).toList();
    }
}
