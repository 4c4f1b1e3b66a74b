package city.civic.backoffice.insights;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.security.StaffApi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/** Staff accounts for a test, made by the first administrator through the staff accounts API. */
final class Staffers {

    static final String PASSWORD = "correct horse battery staple";

    private Staffers() {
    }

    /** A new enabled account with a unique name and {@link #PASSWORD}; returns the name. */
    static String create(int port, String prefix, String... roles) {
        String username = prefix + "-" + Long.toHexString(System.nanoTime());
        String json = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"roles\":["
                + Arrays.stream(roles).map(role -> "\"" + role + "\"").collect(Collectors.joining(",")) + "]}";
        StaffApi.Response created = StaffApi.admin(port).postJson("/admin/api/users", json);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return username;
    }

    static StaffApi as(int port, String username) {
        return new StaffApi(port, username, PASSWORD);
    }

    /** A PUT with a JSON body as the first administrator (StaffApi has GET and POST). */
    static HttpResponse<String> put(int port, String path, String json) {
        String basic = Base64.getEncoder().encodeToString((StaffApi.ADMIN + ":" + StaffApi.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
