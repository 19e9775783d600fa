package vn.tochuc.danhgia.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tochuc.danhgia.criteria.testkit.SamplePlugins;

/**
 * Measures, against a running demo server: (1) installing and validating a plugin, i.e. uploading a JAR built
 * against the SPI alone until it is checked, loaded and usable, and (2) listing the frameworks of all the demo's
 * units, one request per unit and in one request. Each request's time in the server comes from its
 * {@code Server-Timing} header; the client's round trip is reported beside it.
 *
 * <p>Usage: {@code java -cp … vn.tochuc.danhgia.bench.PluginsBench http://127.0.0.1:8080 [rounds]}. The plugin it
 * installs is removed again after each round, so the server is left as it was.
 */
public final class PluginsBench {

    static final String PLUGIN = "bench-plugin";
    static final Pattern UNIT_CODE = Pattern.compile("\"code\":\"([A-Z0-9_-]+)\"");

    private PluginsBench() {}

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Http http = new Http(url);
        waitUntilHealthy(http);
        byte[] jar = sampleJar();
        Stats installServer = new Stats();
        Stats installClient = new Stats();
        installRounds(http, jar, 5, new Stats(), new Stats());
        installRounds(http, jar, rounds, installServer, installClient);
        List<String> units = unitCodes(http);
        Stats perUnitServer = new Stats();
        Stats passServer = new Stats();
        Stats passClient = new Stats();
        Stats bulkServer = new Stats();
        Stats bulkClient = new Stats();
        frameworkPasses(http, units, 3, new Stats(), new Stats(), new Stats());
        frameworkPasses(http, units, 20, perUnitServer, passServer, passClient);
        bulk(http, 5, new Stats(), new Stats());
        bulk(http, 50, bulkServer, bulkClient);
        String report = report(url, units.size(), jar.length, installServer, installClient, perUnitServer, passServer,
                passClient, bulkServer, bulkClient);
        System.out.println(report);
        Path out = Path.of("bench", "results", "plugins-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println("Written to " + out);
    }

    private static byte[] sampleJar() throws Exception {
        Path dir = Files.createTempDirectory("bench-plugin");
        Path jar = SamplePlugins.valid(PLUGIN, "1.0.0", "SYT").build(dir.resolve(PLUGIN + ".jar"));
        byte[] bytes = Files.readAllBytes(jar);
        Files.delete(jar);
        Files.delete(dir);
        return bytes;
    }

    /** Upload (measured), then disable and delete (not measured) so that the next round installs afresh. */
    private static void installRounds(Http http, byte[] jar, int rounds, Stats server, Stats client) {
        for (int i = 0; i < rounds; i++) {
            Http.Answer upload = http.upload("api/v1/plugins", "it", PLUGIN + ".jar", jar);
            require(upload, 201);
            server.add(upload.serverMillis());
            client.add(upload.clientMillis());
            require(http.post("api/v1/plugins/" + PLUGIN + "/disable", "it"), 200);
            require(http.delete("api/v1/plugins/" + PLUGIN + "/versions/1.0.0", "it"), 204);
        }
    }

    private static List<String> unitCodes(Http http) {
        Http.Answer page = http.get("api/v1/units?active=true&size=500", "admin");
        require(page, 200);
        List<String> codes = new ArrayList<>();
        Matcher m = UNIT_CODE.matcher(page.body());
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /** One pass = {@code GET /api/v1/units/{code}/frameworks} for every unit, one after the other. */
    private static void frameworkPasses(Http http, List<String> units, int passes, Stats perUnitServer,
            Stats passServer, Stats passClient) {
        for (int p = 0; p < passes; p++) {
            double server = 0;
            long start = System.nanoTime();
            for (String unit : units) {
                Http.Answer answer = http.get("api/v1/units/" + unit + "/frameworks", "admin");
                require(answer, 200);
                perUnitServer.add(answer.serverMillis());
                server += answer.serverMillis();
            }
            passServer.add(server);
            passClient.add((System.nanoTime() - start) / 1_000_000.0);
        }
    }

    private static void bulk(Http http, int times, Stats server, Stats client) {
        for (int i = 0; i < times; i++) {
            Http.Answer answer = http.get("api/v1/framework-catalog", "admin");
            require(answer, 200);
            server.add(answer.serverMillis());
            client.add(answer.clientMillis());
        }
    }

    private static String report(String url, int units, int jarBytes, Stats installServer, Stats installClient,
            Stats perUnitServer, Stats passServer, Stats passClient, Stats bulkServer, Stats bulkClient) {
        StringBuilder text = new StringBuilder();
        text.append("Plugin bench, ").append(Instant.now()).append(", server ").append(url).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores seen by the bench JVM\n\n");
        text.append("| Measurement (ms) | n | p50 | p95 | max |\n|---|---|---|---|---|\n");
        text.append(installServer.row("Install and validate a plugin (" + jarBytes / 1024
                + " KB JAR), in the server")).append('\n');
        text.append(installClient.row("Install and validate a plugin, client round trip")).append('\n');
        text.append(passServer.row("Frameworks of all " + units + " units, one request per unit, sum of server "
                + "times")).append('\n');
        text.append(passClient.row("Frameworks of all " + units + " units, one request per unit, client wall "
                + "time")).append('\n');
        text.append(perUnitServer.row("Frameworks of one unit, in the server")).append('\n');
        text.append(bulkServer.row("Frameworks of all " + units + " units in one request "
                + "(GET /api/v1/framework-catalog), in the server")).append('\n');
        text.append(bulkClient.row("Frameworks of all " + units + " units in one request, client round trip"))
                .append('\n');
        return text.toString();
    }

    private static void require(Http.Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + answer.status() + ": " + answer.body());
        }
    }

    private static void waitUntilHealthy(Http http) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            Http.Answer health = http.get("health", "admin");
            if (health.status() == 200 && health.body().contains("danhgia-database")) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The server did not become healthy");
    }
}
