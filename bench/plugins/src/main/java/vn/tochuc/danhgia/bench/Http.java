package vn.tochuc.danhgia.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny HTTP client for the bench: Basic authentication as the demo users, multipart upload, timings. */
final class Http {

    /** One answer: status, body, the client's round-trip time and the server's own time (Server-Timing). */
    record Answer(int status, String body, double clientMillis, double serverMillis) {}

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    Http(String base) {
        this.base = URI.create(base.endsWith("/") ? base : base + "/");
    }

    Answer get(String path, String user) {
        return send(request(path, user).GET());
    }

    Answer post(String path, String user) {
        return send(request(path, user).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Answer delete(String path, String user) {
        return send(request(path, user).DELETE());
    }

    Answer upload(String path, String user, String fileName, byte[] content) {
        String boundary = "----bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/java-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder request(String path, String user) {
        String auth = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + auth);
    }

    private Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            double client = (System.nanoTime() - start) / 1_000_000.0;
            double server = response.headers().firstValue("Server-Timing")
                    .map(v -> Double.parseDouble(v.substring(v.indexOf("dur=") + 4))).orElse(Double.NaN);
            return new Answer(response.statusCode(), response.body(), client, server);
        } catch (IOException e) {
            return new Answer(0, e.toString(), 0, Double.NaN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
