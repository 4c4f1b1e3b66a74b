package city.civic.integrations.cctv.pullpoint;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.w3c.dom.Document;

/**
 * SOAP 1.2 over HTTP (W3C SOAP 1.2 Part 2, "SOAP HTTP Binding"; ONVIF Core, "Web services"): POST
 * {@code application/soap+xml} with the action as a media-type parameter. A fault comes back as HTTP
 * 400 or 500 with a {@code s:Fault} body; both, and any other failure, end as {@link PullPointException}.
 */
final class SoapHttp {

    private final HttpClient http;

    SoapHttp(Duration connectTimeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Document post(String url, PullPointMessages.Action action, String envelope, Duration timeout)
            throws PullPointException, InterruptedException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/soap+xml; charset=utf-8; action=\"" + action.uri + "\"")
                    .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build();
        } catch (IllegalArgumentException e) {
            throw new PullPointException("invalid address " + url, e);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new PullPointException("no answer within " + timeout, e);
        } catch (IOException e) {
            throw new PullPointException("unreachable: " + e, e);
        }
        int status = response.statusCode();
        if (status == 200) {
            return Xml.parse(response.body());
        }
        Optional<String> fault = Optional.empty();
        if (status == 400 || status == 500) {
            try {
                fault = PullPointMessages.fault(Xml.parse(response.body()));
            } catch (PullPointException unreadable) {
                // an HTML error page or nothing at all: the status says enough
            }
        }
        throw new PullPointException("HTTP " + status + fault.map(f -> " " + f).orElse(""));
    }
}
