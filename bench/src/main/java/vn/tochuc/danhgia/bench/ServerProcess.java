package vn.tochuc.danhgia.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Payara Micro process started the way the run command starts it (no Hazelcast, loopback only), for benchmarks that
 * measure start-up, memory, or kill it on purpose.
 */
final class ServerProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final long startedNanos;

    private ServerProcess(Process process, int port, long startedNanos) {
        this.process = process;
        this.port = port;
        this.startedNanos = startedNanos;
    }

    /** Starts Payara Micro with the given WAR; {@code jvmOptions} come before {@code -jar}. */
    static ServerProcess start(Path war, int port, List<String> jvmOptions, Path log) throws IOException {
        return start(war, port, jvmOptions, log, null);
    }

    /**
     * The same with Payara Micro's root directory at {@code rootDir} ({@code --rootdir}), as the launcher runs it: the
     * runtime is unpacked there once and later starts reuse it. {@code null}: a fresh one under the temp folder. A
     * root keeps what was deployed in it, so one root must serve one WAR only.
     */
    static ServerProcess start(Path war, int port, List<String> jvmOptions, Path log, Path rootDir)
            throws IOException {
        Path server = Workspace.server();
        Path preBoot = Files.createTempFile("pre-boot", ".asadmin");
        Files.writeString(preBoot, "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=127.0.0.1\n", StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", server.resolve("payara-micro.jar").toString(), "--deploy", war.toString(),
                "--port", Integer.toString(port), "--nohazelcast", "--prebootcommandfile", preBoot.toString()));
        if (rootDir != null) {
            command.addAll(List.of("--rootdir", rootDir.toString()));
        }
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ServerProcess(process, port, started);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path));
    }

    /** Polls {@code path} until the answer passes {@code ready}; returns milliseconds since the process started. */
    double waitUntil(String path, Predicate<HttpResponse<String>> ready, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.test(response)) {
                    return (System.nanoTime() - startedNanos) / 1_000_000.0;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Server at " + uri(path) + " not ready within " + timeout
                + (process.isAlive() ? "" : " (the process exited with " + process.exitValue() + ")"));
    }

    /** Resident memory of the server process in MiB, from /proc. */
    double rssMiB() {
        try {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024.0).orElse(Double.NaN);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The highest resident memory of the server process so far (VmHWM), in MiB. */
    double peakRssMiB() {
        try {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .filter(l -> l.startsWith("VmHWM")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024.0).orElse(Double.NaN);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    long pid() {
        return process.pid();
    }

    /** Like a power cut for the server: no shutdown hooks, no flushing. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
