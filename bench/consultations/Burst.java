import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline burst: every unit of the demo data (50) saves an answer of 40 comments and submits it, all at once,
 * over HTTP with real logins (HTTP Basic, checked against the user store on every request), against a running
 * server. Reports throughput, p50/p95/p99 per operation and errors as Markdown and CSV.
 *
 * <p>Usage: {@code java bench/consultations/Burst.java [baseUrl] [commentsPerUnit]} (JDK 17, no dependencies).
 * Needs the server started with demo data, e.g. {@code java -jar app/launcher/target/danhgia-launcher.jar --demo}.
 */
public class Burst {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern PATH = Pattern.compile("\"path\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    static final Pattern RECEIPT = Pattern.compile("\"receiptNumber\"\\s*:\\s*\"([^\"]+)\"");

    record Sample(String unit, String operation, long micros, int status) {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0].replaceAll("/$", "") : "http://127.0.0.1:8080";
        int comments = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path fixture = Path.of(args.length > 2 ? args[2] : "app/web/src/test/resources/fixtures/du-thao-quy-dinh-danh-gia-xep-loai.docx");

        String upload = multipart(base + "/api/v1/documents", "board", Files.readAllBytes(fixture));
        long documentId = Long.parseLong(first(ID, upload));
        List<String> units = new ArrayList<>();
        Matcher m = CODE.matcher(send("GET", base + "/api/v1/units?active=true&size=500", "board", null).body());
        while (m.find()) {
            units.add(m.group(1));
        }
        units = units.stream().distinct().toList();
        String deadline = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusMinutes(30).toString();
        String body = "{\"title\":\"Bench: đợt góp ý cao điểm\",\"reference\":\"BENCH-" + System.currentTimeMillis()
                + "\",\"documentId\":" + documentId + ",\"deadline\":\"" + deadline + "\",\"lateAllowed\":false,"
                + "\"recipientGroups\":[],\"recipientUnits\":[" + String.join(",", units.stream()
                .map(u -> "\"" + u + "\"").toList()) + "]}";
        HttpResponse<String> created = send("POST", base + "/api/v1/consultations", "board", body);
        check(created, 201);
        long id = Long.parseLong(first(ID, created.body()));
        check(send("POST", base + "/api/v1/consultations/" + id + "/publish", "board", ""), 200);
        List<String> paths = new ArrayList<>();
        Matcher p = PATH.matcher(send("GET", base + "/api/v1/consultations/" + id + "/nodes", "board", null).body());
        while (p.find()) {
            paths.add(p.group(1));
        }
        System.out.printf("Consultation %d: %d units x %d comments on %d nodes%n", id, units.size(), comments,
                paths.size());

        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> errors = new ConcurrentHashMap<>();
        AtomicInteger receipts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(units.size());
        CountDownLatch start = new CountDownLatch(1);
        long t0 = System.nanoTime();
        for (String unit : units) {
            pool.submit(() -> {
                String user = unit.toLowerCase(Locale.ROOT);
                String answer = base + "/api/v1/consultations/" + id + "/answers/mine";
                try {
                    start.await();
                    HttpResponse<String> mine = timed(samples, unit, "GET answer", "GET", answer, user, null);
                    StringBuilder list = new StringBuilder("[");
                    for (int i = 0; i < comments; i++) {
                        list.append(i == 0 ? "" : ",").append("{\"path\":\"").append(paths.get(i % paths.size()))
                                .append("\",\"text\":\"Ý kiến số ").append(i + 1).append(" của ").append(unit)
                                .append(": đề nghị làm rõ nội dung, bảo đảm khả thi.\",\"proposedText\":\"Sửa thành ")
                                .append(i + 1).append("\",\"reason\":\"Phù hợp thực tế đơn vị\"}");
                    }
                    String put = "{\"stance\":\"COMMENTS\",\"general\":\"Cơ bản thống nhất.\",\"comments\":" + list
                            + "],\"version\":" + first(VERSION, mine.body()) + "}";
                    HttpResponse<String> saved = timed(samples, unit, "PUT answer (40 comments)", "PUT", answer, user,
                            put);
                    check(saved, 200);
                    HttpResponse<String> submitted = timed(samples, unit, "POST submit", "POST", answer + "/submit",
                            user, "{\"signerName\":\"Nguyễn Văn A\",\"signerTitle\":\"Thủ trưởng\"}");
                    check(submitted, 201);
                    if (first(RECEIPT, submitted.body()) != null) {
                        receipts.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.put(unit, e.toString());
                }
            });
        }
        start.countDown();
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        report(samples, errors, receipts.get(), units.size(), comments, seconds);
    }

    static void report(List<Sample> samples, Map<String, String> errors, int receipts, int units, int comments,
            double seconds) throws IOException {
        Map<String, List<Long>> byOp = new TreeMap<>();
        samples.forEach(s -> byOp.computeIfAbsent(s.operation(), k -> new ArrayList<>()).add(s.micros()));
        List<Long> all = samples.stream().map(Sample::micros).sorted().toList();
        StringBuilder md = new StringBuilder("# Consultations: deadline burst\n\n");
        md.append(String.format(Locale.ROOT, "%d units × %d comments, saved then submitted concurrently; wall time "
                + "%.2f s; %d requests, %.1f requests/s; %d of %d submissions accepted; %d errors.%n%n", units,
                comments, seconds, samples.size(), samples.size() / seconds, receipts, units, errors.size()));
        md.append("| operation | n | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        StringBuilder csv = new StringBuilder("operation,n,p50_ms,p95_ms,p99_ms,max_ms\n");
        byOp.put("all", new ArrayList<>(all));
        for (Map.Entry<String, List<Long>> e : byOp.entrySet()) {
            List<Long> v = e.getValue().stream().sorted().toList();
            String row = String.format(Locale.ROOT, "%s,%d,%.1f,%.1f,%.1f,%.1f", e.getKey(), v.size(), q(v, 0.5),
                    q(v, 0.95), q(v, 0.99), v.get(v.size() - 1) / 1000.0);
            csv.append(row).append('\n');
            md.append("| ").append(row.replace(",", " | ")).append(" |\n");
        }
        errors.forEach((unit, error) -> md.append("\n- error for ").append(unit).append(": ").append(error));
        Path out = Path.of("bench/consultations/results");
        Files.createDirectories(out);
        Files.writeString(out.resolve("burst.md"), md.toString());
        Files.writeString(out.resolve("burst.csv"), csv.toString());
        StringBuilder raw = new StringBuilder("unit,operation,micros,status\n");
        samples.forEach(s -> raw.append(s.unit()).append(',').append(s.operation()).append(',').append(s.micros())
                .append(',').append(s.status()).append('\n'));
        Files.writeString(out.resolve("burst-samples.csv"), raw.toString());
        System.out.println(md);
    }

    static double q(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1000.0;
    }

    static HttpResponse<String> timed(List<Sample> samples, String unit, String operation, String method, String url,
            String user, String body) throws IOException, InterruptedException {
        long t = System.nanoTime();
        HttpResponse<String> r = send(method, url, user, body);
        samples.add(new Sample(unit, operation, (System.nanoTime() - t) / 1000, r.statusCode()));
        return r;
    }

    static HttpResponse<String> send(String method, String url, String user, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", basic(user)).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String multipart(String url, String user, byte[] file) throws IOException, InterruptedException {
        String boundary = "----bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"du-thao.docx\""
                + "\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        check(r, 201);
        return r.body();
    }

    static void check(HttpResponse<String> r, int expected) {
        if (r.statusCode() != expected) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
    }

    static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
