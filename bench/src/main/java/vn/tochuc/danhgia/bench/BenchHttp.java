package vn.tochuc.danhgia.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP for benchmarks against a running server: API calls with HTTP Basic (demo password), and a screen session
 * signed in through the login form, so that timing a page or a download does not include a password check.
 */
final class BenchHttp {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    BenchHttp(String base) {
        this.base = base.replaceAll("/$", "");
    }

    HttpResponse<byte[]> send(String method, String path, String user, String json) throws IOException,
            InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", basic(user)).header("Content-Type", "application/json");
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return api.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    String call(String method, String path, String user, String json, int expected) throws IOException,
            InterruptedException {
        HttpResponse<byte[]> r = send(method, path, user, json);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " → " + r.statusCode() + " " + body);
        }
        return body;
    }

    String upload(String path, String user, String fileName, byte[] file) throws IOException, InterruptedException {
        String boundary = "----bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = api.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(user)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("upload → " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** A browser-like session signed in through the login form. */
    Session login(String user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No view state on the login page");
        }
        String form = "login=login&username=" + user + "&password=demo&submit=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!r.body().contains("current-user")) {
            throw new IllegalStateException("Login as " + user + " failed: " + r.statusCode());
        }
        return new Session(client);
    }

    /** A signed-in screen session: GETs a page or a download and answers its status and size. */
    final class Session {

        private final HttpClient client;

        private Session(HttpClient client) {
            this.client = client;
        }

        HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
