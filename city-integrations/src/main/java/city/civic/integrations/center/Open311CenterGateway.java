package city.civic.integrations.center;

import city.civic.integrations.CenterGateway;
import city.civic.integrations.CenterRejectedException;
import city.civic.integrations.CenterUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The center's ticket system over Open311 GeoReport v2, JSON format. GeoReport has no idempotency
 * key, so the platform's ticket number travels in the description (and as {@code attribute[...]}) and
 * {@link #findExisting} searches the center's recent requests of that service for it.
 */
public final class Open311CenterGateway implements CenterGateway {

    static final String PLATFORM_ID_ATTRIBUTE = "platform_ticket_id";
    private static final Duration SEARCH_WINDOW = Duration.ofDays(2);

    private final HttpClient http;
    private final CircuitBreaker breaker;
    private final Clock clock;
    private volatile Instant lastSuccess;
    private volatile String lastError;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String baseUrl;
    private final String apiKey;
    private final Duration timeout;
    private final ZoneId zone;

    /** @param breaker opens on repeated failures, so a down center is not called for every queued ticket */
    public Open311CenterGateway(String baseUrl, String apiKey, Duration timeout, ZoneId zone, CircuitBreaker breaker,
            Clock clock) {
        this.breaker = breaker;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.zone = zone;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Submission submit(CenterTicket ticket) {
        var form = new LinkedHashMap<String, String>();
        if (apiKey != null && !apiKey.isBlank()) {
            form.put("api_key", apiKey);
        }
        form.put("service_code", ticket.serviceCode());
        if (ticket.lat() != null && ticket.lon() != null) {
            form.put("lat", ticket.lat().toString());
            form.put("long", ticket.lon().toString());
        }
        form.put("address_string", ticket.location());
        form.put("description", describe(ticket));
        form.put("attribute[" + PLATFORM_ID_ATTRIBUTE + "]", ticket.platformTicketId());
        JsonNode receipt = first(call(HttpRequest.newBuilder(URI.create(baseUrl + "/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))));
        return new Submission(text(receipt, "service_request_id"), text(receipt, "token"),
                text(receipt, "service_notice"));
    }

    @Override
    public Optional<String> findExisting(CenterTicket ticket) {
        String start = OffsetDateTime.ofInstant(ticket.requestedAt().minus(SEARCH_WINDOW), zone).toString();
        JsonNode found = call(HttpRequest.newBuilder(URI.create(baseUrl + "/requests.json?service_code="
                + URLEncoder.encode(ticket.serviceCode(), StandardCharsets.UTF_8)
                + "&start_date=" + URLEncoder.encode(start, StandardCharsets.UTF_8))).GET());
        String marker = marker(ticket.platformTicketId());
        for (JsonNode request : found) {
            String description = text(request, "description");
            if (description != null && description.contains(marker)) {
                return Optional.ofNullable(text(request, "service_request_id"));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> resolveToken(String token) {
        JsonNode answer = first(call(HttpRequest.newBuilder(URI.create(baseUrl + "/tokens/"
                + URLEncoder.encode(token, StandardCharsets.UTF_8) + ".json")).GET()));
        return Optional.ofNullable(text(answer, "service_request_id"));
    }

    @Override
    public Optional<CenterRequestStatus> status(String centerRequestId) {
        JsonNode request;
        try {
            request = first(call(HttpRequest.newBuilder(URI.create(baseUrl + "/requests/"
                    + URLEncoder.encode(centerRequestId, StandardCharsets.UTF_8) + ".json")).GET()));
        } catch (CenterRejectedException e) {
            return Optional.empty();
        }
        String updated = text(request, "updated_datetime");
        return Optional.of(new CenterRequestStatus(centerRequestId, !"closed".equals(text(request, "status")),
                text(request, "status_notes"), updated == null ? null : OffsetDateTime.parse(updated).toInstant()));
    }

    /** The description the center's operators read, ending with the platform's number for searching. */
    static String describe(CenterTicket ticket) {
        String text = ticket.description() == null ? "" : ticket.description().strip();
        String marker = marker(ticket.platformTicketId());
        int room = 4000 - marker.length() - 1;
        return (text.length() > room ? text.substring(0, room) : text) + " " + marker;
    }

    static String marker(String platformTicketId) {
        return "[" + platformTicketId + "]";
    }

    /** The breaker's state, the last successful call and the last failure, for health. */
    public record Status(CircuitBreaker.State breaker, Instant lastSuccess, String lastError) {
    }

    public Status status() {
        return new Status(breaker.getState(), lastSuccess, lastError);
    }

    private JsonNode call(HttpRequest.Builder request) {
        if (!breaker.tryAcquirePermission()) {
            throw new CenterUnavailableException("circuit breaker open after repeated failures: " + lastError);
        }
        long started = System.nanoTime();
        try {
            JsonNode answer = exchange(request);
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            lastSuccess = clock.instant();
            return answer;
        } catch (CenterUnavailableException e) {
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            lastError = e.getMessage();
            throw e;
        } catch (CenterRejectedException e) {
            // The center answered: it is up, even if it did not like this request.
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            lastSuccess = clock.instant();
            throw e;
        }
    }

    private JsonNode exchange(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(timeout).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CenterUnavailableException("no answer from the center: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CenterUnavailableException("interrupted while calling the center", e);
        }
        int status = response.statusCode();
        if (status >= 500 || status == 429) {
            throw new CenterUnavailableException("center answered " + status + ": " + errorText(response.body()));
        }
        if (status >= 400) {
            throw new CenterRejectedException("center refused (" + status + "): " + errorText(response.body()));
        }
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw new CenterUnavailableException("unreadable answer from the center", e);
        }
    }

    /** GeoReport errors are an array of {code, description}; some servers send plain text. */
    private String errorText(String body) {
        try {
            JsonNode errors = json.readTree(body);
            if (errors.isArray() && !errors.isEmpty()) {
                return text(errors.get(0), "description");
            }
        } catch (JacksonException e) {
            // not JSON: fall through to the raw text
        }
        return body.length() > 200 ? body.substring(0, 200) : body;
    }

    private static JsonNode first(JsonNode array) {
        if (!array.isArray() || array.isEmpty()) {
            throw new CenterUnavailableException("the center answered without a result");
        }
        return array.get(0);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
