package vn.tochuc.danhgia.it.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tochuc.danhgia.it.support.Api;

/** One browser's session over plain HTTP: its own cookies, signed in through the login form as a browser does. */
public final class FormSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final Api api;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public FormSession(Api api) {
        this.api = api;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Posts the login form; answers the status (302 to the next page when the password was right). */
    public int signIn(String user, String password) {
        Matcher state = VIEW_STATE.matcher(get("login.xhtml").body());
        if (!state.find()) {
            throw new IllegalStateException("No view state on the login page");
        }
        String form = "login=login&username=" + user + "&password=" + password + "&submit=&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(api.uri("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
    }

    /** The view state of the page's (first) form, URL-encoded for a form body. */
    public static String viewState(String page) {
        return URLEncoder.encode(find(VIEW_STATE, page), StandardCharsets.UTF_8);
    }

    /** The page's CSP nonce, which PrimeFaces adds to a form's post as {@code primefaces.nonce}. */
    public static String nonce(String page) {
        return URLEncoder.encode(find(NONCE, page), StandardCharsets.UTF_8);
    }

    private static String find(Pattern pattern, String page) {
        Matcher found = pattern.matcher(page);
        if (!found.find()) {
            throw new IllegalStateException("Not on the page: " + pattern + "\n" + page);
        }
        return found.group(1);
    }

    /** Posts a form body as the page's form does, or as its Ajax request when {@code ajax}. */
    public HttpResponse<String> post(String path, String form, boolean ajax) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return send(request);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(api.uri(path)).GET());
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
