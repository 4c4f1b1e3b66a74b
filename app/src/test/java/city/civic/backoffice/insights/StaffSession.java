package city.civic.backoffice.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member of staff signed in through the sign-in form, as a browser is: a session cookie, the CSRF token of
 * the last page read, redirects not followed.
 */
final class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"|name=\"csrf-token\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String csrf;

    private StaffSession(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    static StaffSession signIn(int port, String username, String password) {
        var session = new StaffSession(port);
        HttpResponse<String> signedIn = session.trySignIn(username, password);
        assertThat(signedIn.headers().firstValue("Location")).as("signed in as " + username)
                .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/"));
        return session;
    }

    /** The sign-in form's answer: a redirect to {@code /admin/} or to {@code /admin/login?error}. */
    static HttpResponse<String> attemptSignIn(int port, String username, String password) {
        return new StaffSession(port).trySignIn(username, password);
    }

    private HttpResponse<String> trySignIn(String username, String password) {
        get("/admin/login");
        return postForm("/admin/login", Map.of("username", username, "password", password));
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html").GET());
        remember(response.body());
        return response;
    }

    HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
    }

    /** With the CSRF token of the last page read. */
    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return postForm(path, form);
    }

    /** A form body as written (repeated names allowed), with the CSRF token of the last page read. */
    HttpResponse<String> postForm(String path, String form) {
        String body = form + (csrf == null ? "" : (form.isEmpty() ? "" : "&") + "_csrf=" + encode(csrf));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        remember(response.body());
        return response;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void remember(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (matcher.find()) {
            csrf = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
