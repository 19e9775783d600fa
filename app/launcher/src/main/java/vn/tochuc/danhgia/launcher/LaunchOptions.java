package vn.tochuc.danhgia.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the launcher was asked for, from its arguments and the environment.
 *
 * @param demo load demo data on the first start, show the demo logins, and keep mails instead of sending them
 * @param port the HTTP port
 * @param bind the address to listen on; loopback unless told otherwise
 * @param dataDir where the embedded database, uploaded plugins and Payara Micro's root directory live
 * @param dbUrl an external database, or null for the embedded one
 */
record LaunchOptions(boolean demo, int port, String bind, Path dataDir, String dbUrl) {

    static final String USAGE = """
            Usage: java -jar danhgia-launcher.jar [--demo] [--port 8080] [--bind 127.0.0.1] [--data ./data]
              --demo   load demo data on first start (units, users with password 'demo'); mails are kept
                       for the admin page "Thư đã gửi" instead of being sent
              --port   HTTP port (default 8080, or HTTP_PORT)
              --bind   address to listen on (default 127.0.0.1, or HTTP_BIND)
              --data   data directory for the embedded database, plugins and Payara Micro's root directory
                       (default ./data, or APP_DATA_DIR)
            Set DB_URL, DB_USER and DB_PASSWORD to use an external MariaDB instead of the embedded one.""";

    static LaunchOptions parse(String[] args, Map<String, String> env) {
        boolean demo = false;
        int port = Integer.parseInt(env.getOrDefault("HTTP_PORT", "8080"));
        String bind = env.getOrDefault("HTTP_BIND", "127.0.0.1");
        Path data = Path.of(env.getOrDefault("APP_DATA_DIR", "data"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = true;
                case "--port" -> port = Integer.parseInt(value(args, ++i));
                case "--bind" -> bind = value(args, ++i);
                case "--data" -> data = Path.of(value(args, ++i));
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + USAGE);
            }
        }
        String dbUrl = env.get("DB_URL");
        return new LaunchOptions(demo, port, bind, data.toAbsolutePath().normalize(),
                dbUrl == null || dbUrl.isBlank() ? null : dbUrl);
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException("Missing value after " + args[index - 1] + "\n" + USAGE);
        }
        return args[index];
    }
}
