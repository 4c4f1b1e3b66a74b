package city.civic.integrations.traffic;

import city.civic.integrations.traffic.FeedException.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A GET with a timeout on every call, its failures sorted into {@link FeedException} kinds. */
public final class FeedHttp {

    private final HttpClient client;
    private final Duration timeout;

    public FeedHttp(Duration timeout) {
        // HTTP/1.1: the public feeds and the JDK simulators do not speak h2c, so skip the upgrade probe
        this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build(), timeout);
    }

    FeedHttp(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /** {@code base/path?query}, the values URL-encoded (keys are often issued with + / =). */
    public static URI uri(URI base, String path, Map<String, String> query) {
        return URI.create(base.toString().replaceAll("/+$", "") + "/" + path + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    /** The body of a 2xx answer as text (the feeds send UTF-8 even when they do not say so). */
    public String get(URI uri, String accept) {
        var request = HttpRequest.newBuilder(uri).GET().timeout(timeout).header("Accept", accept).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new FeedException(Kind.TIMEOUT, "no answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new FeedException(Kind.CONNECTION, e.getClass().getSimpleName() + " " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException(Kind.CONNECTION, "interrupted", e);
        }
        int status = response.statusCode();
        if (status >= 500) {
            throw new FeedException(Kind.SERVER_ERROR, "HTTP " + status);
        }
        if (status < 200 || status >= 300) {
            throw new FeedException(Kind.HTTP_STATUS, "HTTP " + status);
        }
        return response.body();
    }
}
