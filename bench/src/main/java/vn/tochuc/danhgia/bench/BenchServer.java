package vn.tochuc.danhgia.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The application server as the run command starts it (demo data, -Xmx1g), on the bench's database. */
final class BenchServer {

    private BenchServer() {}

    static ServerProcess start(BenchDatabase db, String label) throws Exception {
        return startOn(db, label, Workspace.freePort());
    }

    /** Starts on a given port: a restarted server must be where clients already send their requests. */
    static ServerProcess startOn(BenchDatabase db, String label, int port) throws Exception {
        List<String> jvm = new ArrayList<>(StartupBench.FLAGS);
        jvm.addAll(db.serverOptions());
        jvm.add("-Dapp.demo=true");
        jvm.add("-Dapp.data.dir=" + Workspace.work(label).resolve("data"));
        ServerProcess server = ServerProcess.start(Workspace.appWar(), port, jvm,
                Workspace.work(label).resolve("server-" + System.currentTimeMillis() + ".log"));
        server.waitUntil("health", r -> r.statusCode() == 200 && r.body().contains("danhgia-database"),
                Duration.ofMinutes(5));
        return server;
    }
}
