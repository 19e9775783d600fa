package vn.tochuc.danhgia.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads under 50 concurrent users: the unit's answering page (a full PrimeFaces render, each user with its own login
 * session) and the document outline API, against the trivial authenticated endpoint {@code /api/v1/ping} on the same
 * server and under the same load. Each user requests, then thinks ({@code --think} ms), for {@code --seconds}.
 * Target: p95 &lt; 100 ms at 50 users. Before the load, sign-in is measured in Debian's Chromium as a user sees it
 * ({@link BrowserSignIn}; target p95 &lt; 300 ms), and so are the consultation wizard's steps and the answering
 * page's save ({@link BrowserScreenActions}, {@code --screen-rounds 10}; target p95 &lt; 200 ms), unless
 * {@code --browser false} or Chromium is not installed.
 */
final class ReadsBench implements Bench.Scenario {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Override
    public String describe() {
        return "answering page and outline API under 50 users vs a trivial endpoint [--users 50 --think 1000 --seconds 30]";
    }

    /** What one kind of request showed under load. */
    private record Load(String name, Stats stats, double perSecond, long errors, String errorStatuses) {}

    @Override
    public void run(Options options) throws Exception {
        int users = options.integer("users", 50);
        int think = options.integer("think", 1000);
        int seconds = options.integer("seconds", 30);
        try (BenchDatabase db = BenchDatabase.create("reads"); ServerProcess server = BenchServer.start(db, "reads")) {
            Http http = new Http(URI.create("http://127.0.0.1:" + server.port() + "/"));
            BurstFixture fixture = BurstFixture.prepare(http, db, users);
            BrowserSignIn.Times signIn = signIns(options, http, fixture);
            Map<String, List<Double>> actions = screenActions(options, http, fixture);
            String document = Http.field(http.send("GET", "api/v1/consultations/" + fixture.consultationId(), "board",
                    null).body(), "documentId");
            List<Http> sessions = new ArrayList<>();
            for (String unit : fixture.units()) {
                sessions.add(login(http.withSession(), BurstFixture.user(unit)));
            }
            String page = "unit/answer.xhtml?id=" + fixture.consultationId();
            String outline = "api/v1/documents/" + document + "/outline";
            warmUp(sessions, page, http, outline);
            Load ping = load("trivial endpoint (GET /api/v1/ping)", users, think, seconds,
                    i -> http.send("GET", "api/v1/ping", "board", null));
            Load api = load("outline API (GET /api/v1/documents/{id}/outline)", users, think, seconds,
                    i -> http.send("GET", outline, "board", null));
            Load screen = load("answering page (GET /unit/answer.xhtml, full render)", users, think, seconds,
                    i -> sessions.get(i).send("GET", page, null, null));
            report(users, think, seconds, List.of(ping, api, screen));
            if (signIn != null) {
                reportSignIn(signIn);
                reportScreenActions(actions);
            }
        }
    }

    private static BrowserSignIn.Times signIns(Options options, Http http, BurstFixture fixture) throws Exception {
        if (!Boolean.parseBoolean(options.text("browser", "true"))) {
            return null;
        }
        if (!HeadlessChromium.installed()) {
            System.out.println("Chromium is not installed: sign-in in the browser not measured "
                    + "(apt-get install chromium chromium-driver)");
            return null;
        }
        List<String> people = fixture.units().stream().limit(20).map(BurstFixture::user).toList();
        return BrowserSignIn.measure(http.uri("/"), people);
    }

    private static Map<String, List<Double>> screenActions(Options options, Http http, BurstFixture fixture)
            throws Exception {
        if (!Boolean.parseBoolean(options.text("browser", "true")) || !HeadlessChromium.installed()) {
            return Map.of();
        }
        Path draft = Files.write(Workspace.work("reads").resolve("du-thao.docx"), BurstFixture.draft());
        return BrowserScreenActions.measure(http.uri("/"), draft, BurstFixture.user(fixture.units().get(0)),
                String.valueOf(fixture.consultationId()), options.integer("screen-rounds", 10));
    }

    private static void reportScreenActions(Map<String, List<Double>> actions) {
        Results results = new Results("screen-actions-browser", List.of("screen action in Chromium", "clicks",
                "p50 ms", "p95 ms", "max ms"));
        actions.forEach((action, times) -> {
            Stats stats = Stats.of(times);
            results.row(action, times.size(), stats.median(), stats.percentile(95), stats.max());
        });
        results.note("From the click to the page updated (PrimeFaces' pfAjaxComplete), timed in the page; the Board "
                + "goes through the consultation wizard with the demo draft up to its last step, a unit saves a "
                + "comment on the answering page; the first pass is a warm-up and not counted. One headless "
                + "Chromium, no other load. Target: p95 < 200 ms.");
        results.write(Workspace.results());
    }

    private static void reportSignIn(BrowserSignIn.Times times) {
        Results results = new Results("sign-in-browser", List.of("sign-in in Chromium", "sign-ins", "p50 ms",
                "p95 ms", "max ms"));
        Stats first = Stats.of(times.first());
        Stats again = Stats.of(times.again());
        results.row("first (password hashed, PBKDF2-SHA512 210,000 rounds)", times.first().size(), first.median(),
                first.percentile(95), first.max());
        results.row("again within 10 min (verified password remembered)", times.again().size(), again.median(),
                again.percentile(95), again.max());
        results.note("From submitting the login form to the home page loaded (the home page's Navigation Timing "
                + "entry: the POST, its redirect, the page and its scripts). One headless Chromium, no other load. "
                + "Target: p95 < 300 ms.");
        results.write(Workspace.results());
    }

    /** Signs in through the login form, as a browser does, and keeps the session cookie. */
    private static Http login(Http session, String user) throws Exception {
        String form = session.send("GET", "login.xhtml", null, null).body();
        Matcher state = VIEW_STATE.matcher(form);
        if (!state.find()) {
            throw new IllegalStateException("No view state on the login page");
        }
        String body = "login=login&username=" + user + "&password=" + Http.PASSWORD + "&submit=&"
                + "jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = session.form("login.xhtml", body);
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("Login of " + user + " failed: " + answer.statusCode());
        }
        return session;
    }

    private static void warmUp(List<Http> sessions, String page, Http http, String outline) throws Exception {
        for (int round = 0; round < 3; round++) {
            for (Http session : sessions) {
                Http.expect(session.send("GET", page, null, null), 200);
            }
            for (int i = 0; i < 50; i++) {
                Http.expect(http.send("GET", outline, "board", null), 200);
                Http.expect(http.send("GET", "api/v1/ping", "board", null), 200);
            }
        }
    }

    /** A request made by virtual user {@code i}. */
    private interface Call {
        HttpResponse<String> send(int user) throws Exception;
    }

    private static Load load(String name, int users, int think, int seconds, Call call) throws Exception {
        List<Double> times = Collections.synchronizedList(new ArrayList<>());
        List<Integer> errors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> futures = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            futures.add(pool.submit(() -> {
                Thread.sleep((long) (Math.random() * think));
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<String> r = call.send(user);
                    times.add((System.nanoTime() - start) / 1e6);
                    if (r.statusCode() != 200) {
                        errors.add(r.statusCode());
                    }
                    Thread.sleep(think);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        java.util.Map<Integer, Long> statuses = new java.util.TreeMap<>();
        errors.forEach(e -> statuses.merge(e, 1L, Long::sum));
        return new Load(name, Stats.of(times), times.size() / (double) seconds, errors.size(), statuses.toString());
    }

    private static void report(int users, int think, int seconds, List<Load> loads) {
        Results results = new Results("reads-" + users + "-users-think-" + think, List.of("request", "requests/s",
                "p50 ms", "p95 ms", "p99 ms", "errors", "p95 / trivial p95"));
        double floor = loads.get(0).stats().percentile(95);
        for (Load l : loads) {
            results.row(l.name(), l.perSecond(), l.stats().median(), l.stats().percentile(95),
                    l.stats().percentile(99), l.errors() == 0 ? "0" : l.errors() + " " + l.errorStatuses(),
                    l.stats().percentile(95) / floor);
        }
        results.note(String.format(Locale.ROOT, "%d concurrent users, each: request, then %d ms of thinking, for %d s "
                + "per request kind. The page is fetched by each unit's own session (form login), the APIs with "
                + "HTTP Basic. Target: p95 < 100 ms at 50 users.", users, think, seconds));
        results.write(Workspace.results());
    }
}
