package city.civic.backoffice.answers;

import city.civic.admin.StaffRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A member of staff calling the answers API and pages over real HTTP with Basic auth (GET, POST, PUT). */
final class AnswersStaff {

    static final String PASSWORD = "correct horse battery";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;
    final String username;

    AnswersStaff(int port, String username, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.username = username;
        this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A new account with the roles (a unique name), signed in as it. */
    static AnswersStaff create(int port, UserDetailsManager accounts, PasswordEncoder passwords, String prefix,
            StaffRole... roles) {
        String username = prefix + "-" + Long.toHexString(System.nanoTime());
        accounts.createUser(User.withUsername(username).password(passwords.encode(PASSWORD))
                .authorities(Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build());
        return new AnswersStaff(port, username, PASSWORD);
    }

    static AnswersStaff anonymous(int port) {
        return new AnswersStaff(port, null, null);
    }

    record Response(int status, JsonNode body, HttpResponse<String> raw) {

        String text() {
            return raw.body();
        }
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    /** As a browser asks for a page. */
    Response page(String path) {
        return send(request(path).header("Accept", "text/html").GET());
    }

    Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response putIfMatch(String path, String json, String ifMatch) {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
            JsonNode body = isJson && !response.body().isEmpty() ? JSON.readTree(response.body()) : null;
            return new Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
