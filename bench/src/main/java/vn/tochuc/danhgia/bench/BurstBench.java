package vn.tochuc.danhgia.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The deadline burst: N units (default 50) each save 40 comments and submit, all at once, over HTTP with real logins;
 * against the limit of the same number of single-row INSERT + COMMIT through plain JDBC. Server RSS is sampled.
 * Targets: 0 errors, p95 &lt; 300 ms at 50 units, app/raw ≥ 0.3, RSS &lt; 1 GB.
 */
final class BurstBench implements Bench.Scenario {

    @Override
    public String describe() {
        return "deadline burst over HTTP vs raw JDBC inserts, with server RSS [--units 50 --comments 40 --spread 60]";
    }

    @Override
    public void run(Options options) throws Exception {
        int units = options.integer("units", 50);
        int comments = options.integer("comments", 40);
        int concurrency = options.integer("concurrency", Math.min(units, 100));
        int spread = options.integer("spread", 60);
        try (BenchDatabase db = BenchDatabase.create("burst");
                ServerProcess server = BenchServer.start(db, "burst")) {
            Http http = new Http(URI.create("http://127.0.0.1:" + server.port() + "/"));
            BurstFixture warmUp = BurstFixture.prepare(http, db, units);
            new BurstRun(http, warmUp, comments, concurrency, Duration.ZERO).run();
            Phase minute = phase(http, db, server, units, comments, concurrency, Duration.ofSeconds(spread));
            Phase capacity = phase(http, db, server, units, comments, concurrency, Duration.ZERO);
            double raw = RawInserts.rowsPerSecond(db, units * comments, concurrency);
            report("burst-" + units + "-within-" + spread + "s", units, comments, concurrency, minute, raw,
                    "Units start evenly over " + spread + " s (the deadline minute).");
            report("burst-" + units + "-all-at-once", units, comments, concurrency, capacity, raw,
                    "All units start at the same instant: the server's capacity.");
        }
    }

    /** One measured burst and what it took. */
    private record Phase(List<BurstRun.Sample> samples, List<BurstRun.Outcome> outcomes, double seconds,
            double rssMiB) {}

    private static Phase phase(Http http, BenchDatabase db, ServerProcess server, int units, int comments,
            int concurrency, Duration spread) throws Exception {
        BurstFixture fixture = BurstFixture.prepare(http, db, units);
        BurstRun burst = new BurstRun(http, fixture, comments, concurrency, Duration.ZERO).spreadOver(spread);
        try (RssSampler sampler = new RssSampler(server)) {
            long start = System.nanoTime();
            List<BurstRun.Outcome> outcomes = burst.run();
            return new Phase(burst.samples(), outcomes, (System.nanoTime() - start) / 1e9, sampler.peakMiB());
        }
    }

    private static void report(String name, int units, int comments, int concurrency, Phase phase,
            double rawRowsPerSecond, String arrival) {
        List<BurstRun.Sample> samples = phase.samples();
        List<BurstRun.Outcome> outcomes = phase.outcomes();
        double seconds = phase.seconds();
        double rssMiB = phase.rssMiB();
        long accepted = outcomes.stream().filter(o -> o.receipt() != null).count();
        long errors = samples.stream().filter(s -> s.status() / 100 != 2).count();
        Map<Integer, Long> statuses = new TreeMap<>();
        samples.stream().filter(s -> s.status() / 100 != 2).forEach(s -> statuses.merge(s.status(), 1L, Long::sum));
        String firstError = outcomes.stream().map(BurstRun.Outcome::error).filter(e -> e != null).findFirst()
                .map(e -> e.length() > 200 ? e.substring(0, 200) : e).orElse("");
        Map<String, List<Double>> byOperation = new TreeMap<>();
        samples.forEach(s -> byOperation.computeIfAbsent(s.operation(), k -> new ArrayList<>()).add(s.millis()));
        byOperation.put("all requests", samples.stream().map(BurstRun.Sample::millis).toList());
        Results results = new Results(name, List.of("operation", "requests", "p50 ms", "p95 ms",
                "p99 ms", "max ms"));
        byOperation.forEach((op, values) -> {
            Stats s = Stats.of(values);
            results.row(op, s.count(), s.median(), s.percentile(95), s.percentile(99), s.max());
        });
        double appRows = units * comments / seconds;
        results.note(arrival);
        results.note(String.format(Locale.ROOT, "%d units × %d comments, up to %d concurrent clients, HTTP Basic as "
                + "each unit's own user. Wall time %.2f s; %d requests, **%.1f requests/s**; %d/%d submissions accepted; "
                + "**%d errors**.", units, comments, concurrency, seconds, samples.size(), samples.size() / seconds,
                accepted, units, errors));
        if (errors > 0) {
            results.note("Errors by status (-1: no answer, the connection failed): " + statuses + "; first: "
                    + firstError);
        }
        if (arrival.startsWith("All units")) {
            results.note(String.format(Locale.ROOT, "Comments stored: %.0f/s through the application versus %.0f/s as "
                + "single-row INSERT + COMMIT over plain JDBC (same rows, same concurrency, same MariaDB): "
                + "**app/raw = %.2f** (target ≥ 0.3).", appRows, rawRowsPerSecond, appRows / rawRowsPerSecond));
        } else {
            results.note("Throughput here is set by the arrivals, not by the server; capacity and the app/raw ratio "
                    + "are measured in the all-at-once burst.");
        }
        results.note(String.format(Locale.ROOT, "Server RSS peak during the burst: **%.0f MiB** (target < 1024).",
                rssMiB));
        results.write(Workspace.results());
    }
}
