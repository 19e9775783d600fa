package vn.tochuc.danhgia.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The limit the burst is compared to: the same number of rows, each inserted alone and committed alone through plain
 * JDBC, with the same concurrency, into the same MariaDB. No application can store a comment faster than this.
 */
final class RawInserts {

    private RawInserts() {}

    /** Inserts {@code rows} rows one per transaction; returns rows per second. */
    static double rowsPerSecond(BenchDatabase db, int rows, int concurrency) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement()) {
            s.execute("create table bench_raw (id bigint not null auto_increment primary key, unit varchar(40),"
                    + " n int, text varchar(600), created_at datetime(6)) engine=InnoDB default charset=utf8mb4");
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            futures.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                        PreparedStatement insert = c.prepareStatement("insert into bench_raw (unit, n, text,"
                                + " created_at) values (?, ?, ?, now(6))")) {
                    c.setAutoCommit(false);
                    for (int n = next.getAndIncrement(); n < rows; n = next.getAndIncrement()) {
                        insert.setString(1, "UNIT-" + (n % 1000));
                        insert.setInt(2, n);
                        insert.setString(3, "Ý kiến số " + n + ": đề nghị làm rõ nội dung, bảo đảm khả thi.");
                        insert.executeUpdate();
                        c.commit();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement()) {
            s.execute("drop table bench_raw");
        }
        return rows / seconds;
    }
}
