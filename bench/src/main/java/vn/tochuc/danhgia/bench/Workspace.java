package vn.tochuc.danhgia.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Where the bench finds the server and the WAR (beside its JAR, copied by the build) and writes results. */
final class Workspace {

    private Workspace() {}

    /** {@code bench/target}. */
    static Path home() {
        try {
            return Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path server() {
        return home().resolve("server");
    }

    static Path appWar() {
        return server().resolve("ROOT.war");
    }

    static Path results() {
        return home().getParent().resolve("results");
    }

    static Path work(String name) throws IOException {
        return Files.createDirectories(home().resolve("work").resolve(name));
    }

    /** Like {@link #work}, emptied first: for what one bench run fills and the next must not inherit. */
    static Path freshWork(String name) throws IOException {
        Path dir = home().resolve("work").resolve(name);
        if (Files.exists(dir)) {
            try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** A WAR with one static page: Payara Micro's floor, what any application's start-up is compared to. */
    static Path emptyWar() throws IOException {
        Path war = work("empty").resolve("empty.war");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write("<!DOCTYPE html><title>empty</title><p>ok</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return war;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
