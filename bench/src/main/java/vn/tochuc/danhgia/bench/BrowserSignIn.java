package vn.tochuc.danhgia.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Sign-in as a user waits for it: Chromium submits the login form and the home page is loaded, read from the home
 * page's Navigation Timing entry (it starts at the form's POST and spans its redirect). Each unit's user signs in
 * twice: first when its password must be hashed (PBKDF2, deliberately slow), then within the ten minutes in which a
 * verified password is remembered. One browser, no other load: what one person at a desk sees.
 */
final class BrowserSignIn {

    private static final String LOADED = "location.pathname.endsWith('/home.xhtml') && document.readyState === 'complete'"
            + " && document.getElementById('current-user')";

    /** The two series: first sign-ins and sign-ins again. */
    record Times(List<Double> first, List<Double> again) {}

    private BrowserSignIn() {}

    static Times measure(URI server, List<String> users) throws Exception {
        List<Double> first = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            signIn(browser, server, "board");
            for (String user : users) {
                first.add(signIn(browser, server, user));
            }
            for (String user : users) {
                again.add(signIn(browser, server, user));
            }
        }
        return new Times(first, again);
    }

    private static double signIn(HeadlessChromium browser, URI server, String user) throws Exception {
        browser.clearCookies();
        browser.go(server.resolve("login.xhtml").toString());
        browser.waitUntil("document.readyState === 'complete' && document.getElementById('username')");
        browser.type("#username", user);
        browser.type("#password", Http.PASSWORD);
        browser.click("#submit");
        browser.waitUntil(LOADED);
        return Double.parseDouble(browser.script("var n = performance.getEntriesByType('navigation')[0];"
                + " return n.loadEventEnd - n.startTime;"));
    }
}
