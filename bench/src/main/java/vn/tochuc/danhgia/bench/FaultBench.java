package vn.tochuc.danhgia.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Faults in the middle of a deadline burst, with assertions (exit code 1 when one fails):
 * <ul>
 *   <li>{@code kill9}: the server is killed with SIGKILL once about a third of the units hold a receipt, then
 *       restarted; every acknowledged submission must be stored whole and clients' retries must create no duplicate.
 *   <li>{@code db-restart}: MariaDB (embedded, so the bench may stop it) is stopped mid-burst and started again;
 *       meanwhile requests must fail fast with 503 problem+json, never 500; afterwards the same server process serves
 *       again and every unit completes.
 * </ul>
 */
final class FaultBench implements Bench.Scenario {

    private final String fault;

    FaultBench(String fault) {
        this.fault = fault;
    }

    @Override
    public String describe() {
        return "kill9".equals(fault) ? "kill -9 the server mid-burst, restart, check no acknowledged answer is lost"
                : "stop and start MariaDB mid-burst: fail fast with 503, recover without a restart";
    }

    @Override
    public void run(Options options) throws Exception {
        int units = options.integer("units", 50);
        int comments = options.integer("comments", 40);
        List<String> problems = "kill9".equals(fault) ? killNine(units, comments) : databaseRestart(units, comments);
        Results results = new Results("fault-" + fault, List.of("check", "result"));
        if (problems.isEmpty()) {
            results.row("every acknowledged submission stored whole, no duplicate, every unit done", "PASS");
        } else {
            problems.forEach(p -> results.row(p, "FAIL"));
        }
        results.write(Workspace.results());
        if (!problems.isEmpty()) {
            System.exit(1);
        }
    }

    private List<String> killNine(int units, int comments) throws Exception {
        try (BenchDatabase db = BenchDatabase.create("kill9")) {
            ServerProcess server = BenchServer.start(db, "kill9");
            int port = server.port();
            Http http = new Http(URI.create("http://127.0.0.1:" + port + "/"));
            BurstFixture fixture = BurstFixture.prepare(http, db, units);
            BurstRun burst = new BurstRun(http, fixture, comments, Math.min(units, 100), Duration.ofMinutes(4))
                    .spreadOver(Duration.ofSeconds(20));
            CompletableFuture<List<BurstRun.Outcome>> running = CompletableFuture.supplyAsync(() -> call(burst));
            waitForReceipts(burst, units / 3);
            long acknowledged = receipts(burst);
            server.kill9();
            System.out.printf("killed the server (-9) after %d receipts; restarting%n", acknowledged);
            ServerProcess restarted = BenchServer.startOn(db, "kill9", port);
            try {
                List<BurstRun.Outcome> outcomes = running.get();
                List<String> problems = new ArrayList<>(SubmissionAudit.problems(db, fixture.consultationId(),
                        outcomes, comments));
                if (acknowledged == 0) {
                    problems.add("the server was killed before any receipt: the scenario proved nothing");
                }
                return problems;
            } finally {
                restarted.close();
            }
        }
    }

    private List<String> databaseRestart(int units, int comments) throws Exception {
        try (BenchDatabase db = BenchDatabase.embeddedForRestart("dbrestart");
                ServerProcess server = BenchServer.start(db, "dbrestart")) {
            Http http = new Http(URI.create("http://127.0.0.1:" + server.port() + "/"));
            BurstFixture fixture = BurstFixture.prepare(http, db, units);
            BurstRun burst = new BurstRun(http, fixture, comments, Math.min(units, 100), Duration.ofMinutes(4))
                    .spreadOver(Duration.ofSeconds(20));
            CompletableFuture<List<BurstRun.Outcome>> running = CompletableFuture.supplyAsync(() -> call(burst));
            waitForReceipts(burst, units / 3);
            long down = System.nanoTime();
            db.stopServer();
            Thread.sleep(8000);
            db.startServer();
            long up = System.nanoTime();
            List<BurstRun.Outcome> outcomes = running.get();
            List<String> problems = new ArrayList<>(SubmissionAudit.problems(db, fixture.consultationId(), outcomes,
                    comments));
            problems.addAll(duringOutage(burst.samples(), down, up));
            long pid = server.pid();
            if (!server.isAlive()) {
                problems.add("the server process " + pid + " did not survive the database restart");
            }
            return problems;
        }
    }

    /** Requests answered while the database was away: 503 problems, quickly; never 500. */
    private static List<String> duringOutage(List<BurstRun.Sample> samples, long down, long up) {
        List<String> problems = new ArrayList<>();
        long failed = 0;
        for (BurstRun.Sample s : samples) {
            boolean during = s.startNanos() >= down && s.startNanos() <= up;
            if (s.status() == 500) {
                problems.add(String.format(Locale.ROOT, "%s %s answered 500", s.unit(), s.operation()));
            }
            if (during && s.status() == 503) {
                failed++;
                if (s.millis() > 3000) {
                    problems.add(String.format(Locale.ROOT, "%s %s took %.0f ms to fail", s.unit(), s.operation(),
                            s.millis()));
                }
            }
        }
        System.out.printf("%d requests failed fast with 503 while MariaDB was down%n", failed);
        if (failed == 0) {
            problems.add("no request reached the server while the database was down: the scenario proved nothing");
        }
        return problems;
    }

    private static void waitForReceipts(BurstRun burst, long wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (receipts(burst) < Math.max(1, wanted) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static long receipts(BurstRun burst) {
        return burst.samples().stream().filter(s -> s.operation().equals("POST submit") && s.status() / 100 == 2)
                .count();
    }

    private static List<BurstRun.Outcome> call(BurstRun burst) {
        try {
            return burst.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
