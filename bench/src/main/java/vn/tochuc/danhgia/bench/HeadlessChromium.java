package vn.tochuc.danhgia.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's Chromium driven headless through chromedriver's W3C WebDriver protocol, spoken with the JDK's HTTP client
 * so the bench keeps no dependency but the JDK. Just what a sign-in needs: open a page, type, click, run a script.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Pattern SESSION = Pattern.compile("\"sessionId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ELEMENT = Pattern.compile("\"element-6066-11e4-a52e-4f735466cecf\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*(\"[^\"]*\"|[-0-9.eE]+|true|false|null)");

    private final Process driver;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI session;
    private final Path profile;

    private HeadlessChromium(Process driver, URI session, Path profile) {
        this.driver = driver;
        this.session = session;
        this.profile = profile;
    }

    static boolean installed() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    static HeadlessChromium start() throws Exception {
        int port = Workspace.freePort();
        Process driver = new ProcessBuilder(CHROMEDRIVER, "--port=" + port).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path profile = Files.createTempDirectory("bench-chromium");
        URI root = URI.create("http://127.0.0.1:" + port + "/");
        String capabilities = "{\"capabilities\":{\"alwaysMatch\":{\"browserName\":\"chrome\",\"goog:chromeOptions\":"
                + "{\"binary\":\"" + CHROMIUM + "\",\"args\":[\"--headless=new\",\"--no-sandbox\",\"--disable-gpu\","
                + "\"--disable-dev-shm-usage\",\"--no-first-run\",\"--window-size=1440,900\",\"--lang=vi\","
                + "\"--user-data-dir=" + profile + "\"]}}}}";
        HttpClient client = HttpClient.newHttpClient();
        for (int attempt = 0; ; attempt++) {
            try {
                String answer = client.send(HttpRequest.newBuilder(root.resolve("session"))
                        .POST(HttpRequest.BodyPublishers.ofString(capabilities)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher id = SESSION.matcher(answer);
                if (!id.find()) {
                    throw new IllegalStateException("chromedriver refused a session: " + answer);
                }
                return new HeadlessChromium(driver, root.resolve("session/" + id.group(1) + "/"), profile);
            } catch (IOException e) {
                if (attempt > 50) {
                    driver.destroy();
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    void go(String url) throws Exception {
        call("POST", "url", "{\"url\":\"" + url + "\"}");
    }

    void type(String cssSelector, String text) throws Exception {
        call("POST", "element/" + find(cssSelector) + "/value", "{\"text\":\"" + text + "\"}");
    }

    void click(String cssSelector) throws Exception {
        call("POST", "element/" + find(cssSelector) + "/click", "{}");
    }

    /**
     * Runs a Faces AJAX action as a user's click does and answers its duration in ms, read in the page: from the
     * click to PrimeFaces' {@code pfAjaxComplete}, i.e. the request, the server's work and the DOM updated.
     */
    double timedAjaxClick(String elementId) throws Exception {
        return timedAjaxClickOn("document.getElementById('" + elementId + "')");
    }

    /** As {@link #timedAjaxClick}, on the element a script expression finds. */
    double timedAjaxClickOn(String element) throws Exception {
        // PrimeFaces disables a button while its request runs and enables it only after the page is updated: a
        // click in between is lost
        waitUntil("(" + element + ") && !(" + element + ").disabled && !PrimeFaces.ajax.Queue.requests.length");
        script("window.__done = null; jQuery(document).off('pfAjaxComplete.bench')"
                + ".on('pfAjaxComplete.bench', function () { if (!window.__done) { window.__done = performance.now(); } }); window.__start = performance.now();"
                + " (" + element + ").click(); return true");
        try {
            waitUntil("window.__done");
        } catch (IllegalStateException e) {
            throw new IllegalStateException("No answer to the click on " + element + " at "
                    + script("return location.href + ' ' + document.title"), e);
        }
        return Double.parseDouble(script("return window.__done - window.__start"));
    }

    /** The last AJAX request's time to first byte (request sent → answer starts): the server's share of a click. */
    double lastAjaxServerMs() throws Exception {
        return Double.parseDouble(script("var e = performance.getEntriesByType('resource')"
                + ".filter(function (r) { return r.initiatorType === 'xmlhttprequest'; }).pop();"
                + " return e ? e.responseStart - e.requestStart : -1"));
    }

    void clearCookies() throws Exception {
        call("DELETE", "cookie", null);
    }

    /** Runs a script that returns a number, a boolean or a string without quotes; answers it as text. */
    String script(String body) throws Exception {
        Matcher value = VALUE.matcher(call("POST", "execute/sync",
                "{\"script\":\"" + body.replace("\"", "\\\"") + "\",\"args\":[]}"));
        if (!value.find()) {
            throw new IllegalStateException("No value from " + body);
        }
        return value.group(1).replace("\"", "");
    }

    /** Waits (polling every 5 ms, up to 30 s) until the script answers true. */
    void waitUntil(String condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!"true".equals(script("return !!(" + condition + ")"))) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("Timed out waiting for " + condition);
            }
            Thread.sleep(5);
        }
    }

    private String find(String cssSelector) throws Exception {
        String answer = call("POST", "element", "{\"using\":\"css selector\",\"value\":\"" + cssSelector + "\"}");
        Matcher element = ELEMENT.matcher(answer);
        if (!element.find()) {
            throw new IllegalStateException("No element " + cssSelector + ": " + answer);
        }
        return element.group(1);
    }

    private String call(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(session.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    @Override
    public void close() throws Exception {
        try {
            client.send(HttpRequest.newBuilder(session).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        } finally {
            driver.destroy();
            driver.waitFor(10, TimeUnit.SECONDS);
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
