package city.civic.backoffice.unanswered;

import city.civic.admin.StaffRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * A member of staff using the back-office pages over real HTTP: signed in through the form, with the
 * session cookie and the page's CSRF token on every post (as a browser sends them), htmx requests too.
 */
public final class StaffWeb {

    public static final String PASSWORD = "correct horse battery";

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private String csrf;

    private StaffWeb(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A new account with a unique name and the given roles; returns the name. */
    public static String account(UserDetailsManager accounts, PasswordEncoder passwords, String prefix,
            StaffRole... roles) {
        String username = prefix + "-" + Long.toHexString(System.nanoTime());
        accounts.createUser(User.withUsername(username).password(passwords.encode(PASSWORD))
                .authorities(Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build());
        return username;
    }

    public static StaffWeb signIn(int port, String username) {
        var web = new StaffWeb(port);
        String login = web.get("/admin/login").body();
        HttpResponse<String> signedIn = web.send(HttpRequest.newBuilder(URI.create(web.base + "/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(PASSWORD) + "&_csrf=" + encode(token(login, "name=\"_csrf\" value=\"([^\"]+)\"")))));
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("sign-in failed for " + username);
        }
        web.get("/admin/");
        return web;
    }

    /** A visitor who never signed in. */
    public static StaffWeb anonymous(int port) {
        return new StaffWeb(port);
    }

    /** GET; a page's CSRF token is kept for the next post. */
    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Matcher meta = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"").matcher(response.body());
        if (meta.find()) {
            csrf = meta.group(1);
        }
        return response;
    }

    /** A form post, {@code fields} as name, value, name, value…; the CSRF token is added. */
    public HttpResponse<String> post(String path, String... fields) {
        return send(form(path, fields));
    }

    /** The same post as htmx sends it. */
    public HttpResponse<String> htmxPost(String path, String... fields) {
        return send(form(path, fields).header("HX-Request", "true"));
    }

    private HttpRequest.Builder form(String path, String... fields) {
        var body = new StringBuilder("_csrf=").append(encode(csrf));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept", "text/html,application/xhtml+xml").build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String token(String page, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
