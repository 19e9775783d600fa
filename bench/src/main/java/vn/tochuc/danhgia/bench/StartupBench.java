package vn.tochuc.danhgia.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up: from launching the JVM to "healthy" (the application's own database check UP), against bare Payara Micro
 * with an empty WAR and the same flags, alternated run by run so that both see the same machine. Target: app ≤ 1.5×
 * bare.
 *
 * <p>Both run as the launcher runs Payara Micro: with a root directory ({@code --rootdir}) kept between starts, one
 * for each WAR, made afresh for each bench run and filled by a warm-up start that is not counted.
 */
final class StartupBench implements Bench.Scenario {

    static final List<String> FLAGS = List.of("-Xmx1g", "-Dfile.encoding=UTF-8");

    @Override
    public String describe() {
        return "start-up to healthy: the application versus bare Payara Micro with an empty WAR [--runs 3]";
    }

    @Override
    public void run(Options options) throws Exception {
        int runs = options.integer("runs", 3);
        List<Double> bare = new ArrayList<>();
        List<Double> app = new ArrayList<>();
        List<Double> bareRss = new ArrayList<>();
        List<Double> appRss = new ArrayList<>();
        Path emptyWar = Workspace.emptyWar();
        Path bareRoot = Workspace.freshWork("startup-root-bare");
        Path appRoot = Workspace.freshWork("startup-root-app");
        try (BenchDatabase db = BenchDatabase.create("startup")) {
            measure(emptyWar, List.of(), "empty/", r -> r.statusCode() == 200, new ArrayList<>(), new ArrayList<>(),
                    "warm-up-bare", bareRoot);
            warmUp(db, appRoot);
            for (int i = 0; i < runs; i++) {
                measure(emptyWar, List.of(), "empty/", r -> r.statusCode() == 200, bare, bareRss, "bare-" + i,
                        bareRoot);
                List<String> jvm = new ArrayList<>(db.serverOptions());
                jvm.add("-Dapp.demo=true");
                measure(Workspace.appWar(), jvm, "health",
                        r -> r.statusCode() == 200 && r.body().contains("danhgia-database"), app, appRss, "app-" + i,
                        appRoot);
            }
        }
        report(bare, app, bareRss, appRss);
    }

    /** The first start migrates the schema and loads demo data; what users wait for every day is a restart. */
    private static void warmUp(BenchDatabase db, Path root) throws Exception {
        List<String> jvm = new ArrayList<>(db.serverOptions());
        jvm.add("-Dapp.demo=true");
        measure(Workspace.appWar(), jvm, "health", r -> r.statusCode() == 200 && r.body().contains("danhgia-database"),
                new ArrayList<>(), new ArrayList<>(), "warm-up", root);
    }

    private static void measure(Path war, List<String> jvm, String path,
            java.util.function.Predicate<java.net.http.HttpResponse<String>> ready, List<Double> times,
            List<Double> rss, String label, Path root) throws Exception {
        List<String> options = new ArrayList<>(FLAGS);
        options.addAll(jvm);
        Path log = Workspace.work("startup").resolve(label + ".log");
        try (ServerProcess server = ServerProcess.start(war, Workspace.freePort(), options, log, root)) {
            double ms = server.waitUntil(path, ready, Duration.ofMinutes(5));
            times.add(ms);
            rss.add(server.rssMiB());
            System.out.printf("%-8s %8.0f ms  RSS %5.0f MiB%n", label, ms, server.rssMiB());
        }
    }

    private static void report(List<Double> bare, List<Double> app, List<Double> bareRss, List<Double> appRss) {
        Stats b = Stats.of(bare);
        Stats a = Stats.of(app);
        Results results = new Results("startup", List.of("run", "bare Payara Micro (ms)", "application (ms)",
                "bare RSS (MiB)", "application RSS (MiB)"));
        for (int i = 0; i < bare.size(); i++) {
            results.row(i + 1, bare.get(i), app.get(i), bareRss.get(i), appRss.get(i));
        }
        double ratio = a.median() / b.median();
        results.row("median", b.median(), a.median(), Stats.of(bareRss).median(), Stats.of(appRss).median())
                .note(String.format(java.util.Locale.ROOT, "Ratio application / bare (medians): **%.2f** (target ≤ 1.5). "
                        + "Flags for both: %s, --nohazelcast, loopback listener, a --rootdir kept between "
                        + "starts (as the launcher runs it). The application's time ends when its own readiness "
                        + "check (schema migrated, database answering) is UP.", ratio, FLAGS));
        results.write(Workspace.results());
    }
}
