package vn.tochuc.danhgia.bench;

/** Samples the server's resident memory every 200 ms and keeps the peak. */
final class RssSampler implements AutoCloseable {

    private final Thread thread;
    private volatile boolean running = true;
    private volatile double peak;

    RssSampler(ServerProcess server) {
        thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, server.rssMiB());
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    double peakMiB() {
        return peak;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(1000);
    }
}
