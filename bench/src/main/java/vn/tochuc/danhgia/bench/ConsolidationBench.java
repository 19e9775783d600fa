package vn.tochuc.danhgia.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tochuc.danhgia.bench.ConsolidationSeed.Node;

/**
 * The consolidation of a big consultation: 100 units × 50 comments (5,000 rows), every comment decided (one PUT) and
 * approved (one POST); then the report as .docx and .xlsx, and the workspace page, timed on the running server.
 * Targets: report under 3 s, workspace under 1 s. Then 100 units × 500 comments (50,000 rows) for the growth of
 * time and memory.
 *
 * <p>The document, the 50 extra units, the consultation, the decisions and the approval go through the API; the
 * units' submitted answers are written with JDBC ({@link ConsolidationSeed}).
 */
final class ConsolidationBench implements Bench.Scenario {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern VERSION_ID = Pattern.compile("\"versionId\"\\s*:\\s*(\\d+)");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern COMMENT_ID = Pattern.compile("\"commentId\"\\s*:\\s*(\\d+)");
    private static final Pattern NODE = Pattern.compile("\\{[^{}]*?\"kind\"\\s*:\\s*\"(CLAUSE|POINT)\"[^{}]*?\\}");

    @Override
    public String describe() {
        return "consolidation report (.docx/.xlsx) and workspace for 100 units × 50 comments, then × 500 "
                + "[--runs 5 --units 100 --comments 50 --big 500 --fixture path]";
    }

    @Override
    public void run(Options options) throws Exception {
        int units = options.integer("units", 100);
        int comments = options.integer("comments", 50);
        int big = options.integer("big", 500);
        int runs = options.integer("runs", 5);
        Path fixture = Path.of(options.text("fixture",
                "app/web/src/test/resources/fixtures/du-thao-quy-dinh-danh-gia-xep-loai.docx"));
        Results results = new Results("consolidation", List.of("step", "rows", "runs", "p50 ms", "max ms",
                "target", "peak RSS MiB"));
        try (BenchDatabase db = BenchDatabase.create("consolidation")) {
            List<String> jvm = new ArrayList<>(StartupBench.FLAGS);
            jvm.addAll(db.serverOptions());
            jvm.add("-Dapp.demo=true");
            int port = Workspace.freePort();
            Path log = Workspace.work("consolidation").resolve("server.log");
            try (ServerProcess server = ServerProcess.start(Workspace.appWar(), port, jvm, log)) {
                server.waitUntil("health", r -> r.statusCode() == 200 && r.body().contains("danhgia-database"),
                        Duration.ofMinutes(5));
                BenchHttp http = new BenchHttp("http://127.0.0.1:" + port);
                List<String> codes = units(http, units);
                Seeded small = seed(http, db, fixture, codes, comments, results, server);
                measure(http, small, runs, results, server, 3_000, 1_000);
                Seeded large = seed(http, db, fixture, codes, big, results, server);
                measure(http, large, Math.max(1, runs / 2), results, server, 0, 0);
            }
        }
        results.note("Server: Payara Micro with " + StartupBench.FLAGS + ", 2 cores shared with the bench client and "
                + "MariaDB. Report times are the HTTP GET of the screen's download link with a signed-in session "
                + "(no password check per request), i.e. reading the data, building and writing the file, and "
                + "sending it over the loopback. Workspace: GET of board/consolidation.xhtml (full HTML render). "
                + "Peak RSS is the server's VmHWM after the step.");
        results.write(Workspace.results());
    }

    /** A consultation with submitted, decided and approved comments. */
    private record Seeded(long id, int rows) {}

    /** The demo units, plus new ones (created through the API) up to {@code wanted}. */
    private static List<String> units(BenchHttp http, int wanted) throws Exception {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(http.call("GET", "/api/v1/units?active=true&size=500", "board", null, 200));
        while (m.find()) {
            if (!codes.contains(m.group(1))) {
                codes.add(m.group(1));
            }
        }
        for (int i = 1; codes.size() < wanted; i++) {
            String code = "BENCH" + i;
            http.call("POST", "/api/v1/units", "admin", "{\"code\":\"" + code + "\",\"name\":\"Đơn vị thử nghiệm số "
                    + i + " tỉnh Quảng Ngãi\",\"group\":\"SO_NGANH\"}", 201);
            codes.add(code);
        }
        return codes.subList(0, wanted);
    }

    private static Seeded seed(BenchHttp http, BenchDatabase db, Path fixture, List<String> units, int perUnit,
            Results results, ServerProcess server) throws Exception {
        String uploaded = http.upload("/api/v1/documents", "board", "du-thao.docx", Files.readAllBytes(fixture));
        long documentId = Long.parseLong(first(ID, uploaded));
        long versionId = Long.parseLong(first(VERSION_ID, uploaded));
        String deadline = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(7).toString();
        String body = "{\"title\":\"Bench: tổng hợp " + units.size() + " × " + perUnit + " ý kiến\",\"reference\":\"BENCH-"
                + System.nanoTime() + "\",\"documentId\":" + documentId + ",\"deadline\":\"" + deadline
                + "\",\"lateAllowed\":false,\"recipientGroups\":[],\"recipientUnits\":["
                + String.join(",", units.stream().map(u -> "\"" + u + "\"").toList()) + "]}";
        long id = Long.parseLong(first(ID, http.call("POST", "/api/v1/consultations", "board", body, 201)));
        http.call("POST", "/api/v1/consultations/" + id + "/publish", "board", null, 200);
        List<Node> nodes = nodes(http.call("GET", "/api/v1/consultations/" + id + "/nodes", "board", null, 200));
        long t = System.nanoTime();
        ConsolidationSeed.answers(db, id, versionId, units, nodes, perUnit);
        int rows = units.size() * perUnit;
        results.row("seed answers (JDBC)", rows, 1, ms(t), ms(t), "", server.peakRssMiB());
        http.call("POST", "/api/v1/consultations/" + id + "/close", "board", null, 200);
        decide(http, id, rows, results, server);
        return new Seeded(id, rows);
    }

    /** Every comment decided by board (PUTs of at most 10,000 rows), then approved in one POST by board2. */
    private static void decide(BenchHttp http, long id, int rows, Results results, ServerProcess server)
            throws Exception {
        List<String> ids = new ArrayList<>();
        Matcher m = COMMENT_ID.matcher(http.call("GET", "/api/v1/consultations/" + id + "/dispositions", "board", null,
                200));
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (ids.size() != rows) {
            throw new IllegalStateException("Expected " + rows + " comments, the API lists " + ids.size());
        }
        long t = System.nanoTime();
        for (int from = 0; from < ids.size(); from += 10_000) {
            StringBuilder put = new StringBuilder("[");
            for (int i = from; i < Math.min(ids.size(), from + 10_000); i++) {
                String decision = new String[] {"ACCEPTED", "PARTLY", "EXPLAINED", "NOTED"}[i % 4];
                put.append(i == from ? "" : ",").append("{\"commentId\":").append(ids.get(i))
                        .append(",\"decision\":\"").append(decision).append("\",\"response\":\"Ban Tổ chức Tỉnh ủy ")
                        .append(decision.equals("EXPLAINED") ? "giải trình: nội dung đã được quy định tại Quy định "
                                + "124-QĐ/TW." : "tiếp thu, chỉnh sửa dự thảo.").append("\"}");
            }
            http.call("PUT", "/api/v1/consultations/" + id + "/dispositions", "board", put.append(']').toString(), 200);
        }
        int requests = (ids.size() + 9_999) / 10_000;
        results.row("PUT dispositions (" + requests + " request" + (requests > 1 ? "s" : "") + ")", rows, 1, ms(t),
                ms(t), "", server.peakRssMiB());
        t = System.nanoTime();
        http.call("POST", "/api/v1/consultations/" + id + "/dispositions/approve", "board2", "{}", 200);
        results.row("approve all (one request)", rows, 1, ms(t), ms(t), "", server.peakRssMiB());
    }

    private static void measure(BenchHttp http, Seeded s, int runs, Results results, ServerProcess server,
            int reportTarget, int pageTarget) throws Exception {
        BenchHttp.Session board = http.login("board");
        String page = "/board/consolidation-report.xhtml?id=" + s.id() + "&download=";
        time(results, server, "report .docx", s.rows(), runs, reportTarget, () -> check(board.get(page + "docx"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml"));
        time(results, server, "report .xlsx", s.rows(), runs, reportTarget, () -> check(board.get(page + "xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml"));
        time(results, server, "workspace page", s.rows(), runs * 2, pageTarget, () -> {
            HttpResponse<byte[]> r = board.get("/board/consolidation.xhtml?id=" + s.id());
            String html = new String(r.body(), StandardCharsets.UTF_8);
            if (r.statusCode() != 200 || !html.contains("ý kiến đã có quyết định")) {
                throw new IllegalStateException("workspace " + r.statusCode());
            }
        });
    }

    private interface Step {
        void run() throws Exception;
    }

    /** One untimed warm-up call, then {@code runs} timed ones. */
    private static void time(Results results, ServerProcess server, String step, int rows, int runs, int target,
            Step call) throws Exception {
        call.run();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.run();
            times.add(ms(t));
        }
        Stats stats = Stats.of(times);
        String verdict = target == 0 ? "(growth)" : String.format(Locale.ROOT, "< %d ms: %s", target,
                stats.max() < target ? "met" : "MISSED");
        results.row(step, rows, runs, stats.median(), stats.max(), verdict, server.peakRssMiB());
        System.out.printf("%-16s %6d rows  p50 %8.0f ms  max %8.0f ms  %s%n", step, rows, stats.median(), stats.max(),
                verdict);
    }

    private static void check(HttpResponse<byte[]> r, String type) {
        String contentType = r.headers().firstValue("Content-Type").orElse("");
        if (r.statusCode() != 200 || !contentType.startsWith(type) || r.body().length < 5_000) {
            throw new IllegalStateException("download " + r.statusCode() + " " + contentType);
        }
    }

    /** The clauses and points of the draft (what units mostly comment on), from the consultation's node list. */
    private static List<Node> nodes(String json) {
        List<Node> out = new ArrayList<>();
        Matcher m = NODE.matcher(json);
        while (m.find()) {
            String node = m.group();
            out.add(new Node(field(node, "path"), Integer.parseInt(first(Pattern.compile("\"order\"\\s*:\\s*(\\d+)"),
                    node)), field(node, "label"), field(node, "text")));
        }
        return out;
    }

    private static String field(String json, String name) {
        String raw = first(Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\""), json);
        return raw == null ? "" : raw.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
