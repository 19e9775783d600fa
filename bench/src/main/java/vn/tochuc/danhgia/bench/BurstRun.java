package vn.tochuc.danhgia.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Every unit, at the same moment: read its answer, save {@code comments} comments, submit. With {@code retry}, a unit
 * whose request failed (server killed, database down) looks at its answer again and carries on where it stopped,
 * as a user pressing the button again would — which must never create a second submission.
 */
final class BurstRun {

    /** One request's time and answer. */
    record Sample(String unit, String operation, double millis, int status, long startNanos) {}

    /** What one unit ended with: the receipt it was given (null if none) and how many attempts it took. */
    record Outcome(String unit, String receipt, String error, int attempts) {}

    private final Http http;
    private final BurstFixture fixture;
    private final int comments;
    private final int concurrency;
    private final Duration retryFor;
    private Duration spread = Duration.ZERO;
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private volatile long startNanos;

    BurstRun(Http http, BurstFixture fixture, int comments, int concurrency, Duration retryFor) {
        this.http = http;
        this.fixture = fixture;
        this.comments = comments;
        this.concurrency = concurrency;
        this.retryFor = retryFor;
    }

    /** Starts the units evenly over this time instead of all at once (an open arrival of work). */
    BurstRun spreadOver(Duration time) {
        this.spread = time;
        return this;
    }

    List<Outcome> run() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        int count = fixture.units().size();
        for (int i = 0; i < count; i++) {
            String unit = fixture.units().get(i);
            long delayNanos = count <= 1 ? 0 : spread.toNanos() * i / count;
            futures.add(pool.submit(() -> {
                go.await();
                long wait = startNanos + delayNanos - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                return unit(unit);
            }));
        }
        startNanos = System.nanoTime();
        go.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        return outcomes;
    }

    long startNanos() {
        return startNanos;
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    private Outcome unit(String unit) throws InterruptedException {
        long deadline = System.nanoTime() + retryFor.toNanos();
        String error = null;
        int attempts = 0;
        do {
            attempts++;
            try {
                String receipt = attempt(unit);
                if (receipt != null) {
                    return new Outcome(unit, receipt, null, attempts);
                }
            } catch (IOException | RuntimeException e) {
                error = e.getMessage();
            }
            if (retryFor.isZero()) {
                break;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return new Outcome(unit, null, error, attempts);
    }

    /** One pass; a unit that has already submitted (an earlier pass whose answer was lost) just reads its receipt. */
    private String attempt(String unit) throws IOException, InterruptedException {
        String user = BurstFixture.user(unit);
        String answer = "api/v1/consultations/" + fixture.consultationId() + "/answers/mine";
        HttpResponse<String> mine = timed(unit, "GET answer", "GET", answer, user, null);
        expectOk(mine);
        if (mine.body().contains("\"submitted\":true")) {
            return Http.field(mine.body().substring(mine.body().indexOf("\"current\"")), "receiptNumber");
        }
        HttpResponse<String> saved = timed(unit, "PUT answer", "PUT", answer, user,
                fixture.answer(unit, comments, Http.field(mine.body(), "version")));
        expectOk(saved);
        HttpResponse<String> submitted = timed(unit, "POST submit", "POST", answer + "/submit", user,
                "{\"signerName\":\"Nguyễn Văn Thủ\",\"signerTitle\":\"Giám đốc\"}");
        expectOk(submitted);
        return Http.field(submitted.body(), "receiptNumber");
    }

    private static void expectOk(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    private HttpResponse<String> timed(String unit, String operation, String method, String path, String user,
            String json) throws IOException, InterruptedException {
        long start = System.nanoTime();
        int status = -1;
        try {
            HttpResponse<String> response = http.send(method, path, user, json);
            status = response.statusCode();
            return response;
        } finally {
            samples.add(new Sample(unit, operation, (System.nanoTime() - start) / 1e6, status, start));
        }
    }
}
