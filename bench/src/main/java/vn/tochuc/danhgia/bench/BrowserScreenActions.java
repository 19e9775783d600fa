package vn.tochuc.danhgia.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Screen actions as a user at a desk waits for them, in Debian's Chromium: each "Tiếp theo" of the consultation
 * wizard (the Board) with the real draft, and the unit's "Lưu" on the answering page. Each is a Faces AJAX request,
 * timed in the page from the click to the DOM updated ({@link HeadlessChromium#timedAjaxClick}). One browser, no
 * other load. Target: p95 &lt; 200 ms.
 */
final class BrowserScreenActions {

    static final String UPLOAD_NEXT = "wizard: upload → structure";
    static final String STRUCTURE_NEXT = "wizard: structure → recipients";
    static final String GROUP_TICK = "wizard: tick a group (recipient count)";
    static final String RECIPIENTS_NEXT = "wizard: recipients → deadline";
    static final String DEADLINE_NEXT = "wizard: deadline → publish";
    static final String ANSWER_SAVE = "answering page: save a comment";

    private BrowserScreenActions() {}

    static Map<String, List<Double>> measure(URI server, Path draft, String unitUser, String consultationId,
                                             int rounds) throws Exception {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            signIn(browser, server, "board");
            for (int round = 0; round < rounds + 1; round++) {
                wizard(browser, server, draft, round == 0 ? new LinkedHashMap<>() : times);
            }
        }
        // the unit in a browser of its own, as it would be
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            signIn(browser, server, unitUser);
            browser.go(server.resolve("unit/answer.xhtml?id=" + consultationId).toString());
            browser.waitUntil("document.readyState === 'complete' && document.getElementById('answer:save')");
            // a warm-up save, not counted, waited for by what it shows
            browser.script("document.getElementById('answer:save-state').textContent = '';"
                    + " document.getElementById('answer:save').click(); return true");
            browser.waitUntil("document.getElementById('answer:save-state').textContent.trim().length > 0");
            for (int round = 1; round < rounds + 1; round++) {
                browser.script("var t = document.querySelector('textarea[id$=\"text\"]'); t.value = 'Góp ý lần "
                        + round + "'; return true");
                double ms = browser.timedAjaxClick("answer:save");
                add(times, browser, ANSWER_SAVE, ms);
            }
        }
        return times;
    }

    /** One pass through the wizard up to its last step (not published, so the bench leaves no consultation). */
    private static void wizard(HeadlessChromium browser, URI server, Path draft, Map<String, List<Double>> times)
            throws Exception {
        browser.go(server.resolve("board/consultation-new.xhtml").toString());
        browser.waitUntil("document.readyState === 'complete' && document.getElementById('wizard:file_input')");
        browser.type("#wizard\\\\:file_input", draft.toAbsolutePath().toString());
        browser.waitUntil("document.getElementById('uploaded')");
        add(times, browser, UPLOAD_NEXT, browser.timedAjaxClick("wizard:next"));
        browser.waitUntil("document.getElementById('wizard:nodes')");
        add(times, browser, STRUCTURE_NEXT, browser.timedAjaxClick("wizard:next"));
        browser.waitUntil("document.getElementById('group-choices')");
        add(times, browser, GROUP_TICK,
                browser.timedAjaxClickOn("document.querySelector('#group-choices .ui-chkbox-box')"));
        add(times, browser, RECIPIENTS_NEXT, browser.timedAjaxClick("wizard:next"));
        browser.waitUntil("document.getElementById('wizard:deadline')");
        browser.type("#wizard\\\\:title", "Bench");
        browser.type("#wizard\\\\:reference", "BENCH-" + System.nanoTime());
        browser.type("#wizard\\\\:deadline", "31/12/2099 17:00");
        add(times, browser, DEADLINE_NEXT, browser.timedAjaxClick("wizard:next"));
        browser.waitUntil("document.getElementById('summary')");
    }

    /** Keeps one click's time; with {@code -Dbench.debug=true} prints it with the server's share. */
    private static void add(Map<String, List<Double>> times, HeadlessChromium browser, String action, double ms)
            throws Exception {
        times.computeIfAbsent(action, k -> new ArrayList<>()).add(ms);
        if (Boolean.getBoolean("bench.debug")) {
            System.out.printf("%s: %.0f ms (server %.0f ms)%n", action, ms, browser.lastAjaxServerMs());
        }
    }

    private static void signIn(HeadlessChromium browser, URI server, String user) throws Exception {
        browser.clearCookies();
        browser.go(server.resolve("login.xhtml").toString());
        browser.waitUntil("document.readyState === 'complete' && document.getElementById('username')");
        browser.type("#username", user);
        browser.type("#password", Http.PASSWORD);
        browser.click("#submit");
        browser.waitUntil("document.getElementById('current-user')");
    }
}
