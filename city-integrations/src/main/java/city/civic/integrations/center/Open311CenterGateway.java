package city.civic.integrations.center;

import city.civic.integrations.CenterGateway;
import city.civic.integrations.CenterRejectedException;
import city.civic.integrations.CenterUnavailableException;
import city.civic.integrations.open311.Open311Error;
import city.civic.integrations.open311.Open311Params;
import city.civic.integrations.open311.RequestToken;
import city.civic.integrations.open311.ServiceRequest;
import city.civic.integrations.open311.ServiceRequestReceipt;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The center's ticket system over Open311 GeoReport v2, JSON format. GeoReport has no idempotency
 * key, so the platform's ticket number travels in the description (and as {@code attribute[...]}) and
 * {@link #findExisting} searches the center's recent requests of that service for it, page by page for centers
 * that page their results. Centers may cut descriptions short: the number stands where a cut cannot reach it.
 */
public final class Open311CenterGateway implements CenterGateway {

    static final String PLATFORM_ID_ATTRIBUTE = "platform_ticket_id";
    private static final Duration SEARCH_WINDOW = Duration.ofDays(2);
    /** What centers seen cutting descriptions keep of them (GeoReport itself allows 4,000 characters). */
    static final int KEPT_BY_EVERY_CENTER = 1000;
    /** A bound on the pages one search reads; a center that ignores paging repeats its first page, which stops it. */
    private static final int MAX_PAGES = 100;
    private static final TypeReference<List<ServiceRequestReceipt>> RECEIPTS = new TypeReference<>() { };
    private static final TypeReference<List<ServiceRequest>> REQUESTS = new TypeReference<>() { };
    private static final TypeReference<List<RequestToken>> TOKENS = new TypeReference<>() { };
    private static final TypeReference<List<Open311Error>> ERRORS = new TypeReference<>() { };

    private final HttpClient http;
    private final CircuitBreaker breaker;
    private final Clock clock;
    private volatile Instant lastSuccess;
    private volatile String lastError;
    /** Centers may send fields beyond the spec's; they are ignored. */
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
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
            form.put(Open311Params.API_KEY, apiKey);
        }
        form.put(Open311Params.SERVICE_CODE, ticket.serviceCode());
        if (ticket.lat() != null && ticket.lon() != null) {
            form.put(Open311Params.LAT, ticket.lat().toString());
            form.put(Open311Params.LONG, ticket.lon().toString());
        }
        form.put(Open311Params.ADDRESS_STRING, ticket.location());
        form.put(Open311Params.DESCRIPTION, describe(ticket));
        form.put(Open311Params.attribute(PLATFORM_ID_ATTRIBUTE), ticket.platformTicketId());
        ServiceRequestReceipt receipt = first(call(HttpRequest.newBuilder(URI.create(baseUrl + "/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))), RECEIPTS));
        return new Submission(receipt.serviceRequestId(), receipt.token(), receipt.serviceNotice());
    }

    /** Reads page after page until the number is found, a page brings nothing new, or the bound is reached. */
    @Override
    public Optional<String> findExisting(CenterTicket ticket) {
        String start = OffsetDateTime.ofInstant(ticket.requestedAt().minus(SEARCH_WINDOW), zone).toString();
        String search = baseUrl + "/requests.json?" + Open311Params.SERVICE_CODE + "="
                + URLEncoder.encode(ticket.serviceCode(), StandardCharsets.UTF_8) + "&" + Open311Params.START_DATE
                + "=" + URLEncoder.encode(start, StandardCharsets.UTF_8);
        String marker = marker(ticket.platformTicketId());
        var seen = new HashSet<String>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            String url = page == 1 ? search : search + "&" + Open311Params.PAGE + "=" + page;
            boolean anythingNew = false;
            for (ServiceRequest request : call(HttpRequest.newBuilder(URI.create(url)).GET(), REQUESTS)) {
                if (request == null) {
                    continue;
                }
                if (request.description() != null && request.description().contains(marker)) {
                    return Optional.ofNullable(request.serviceRequestId());
                }
                anythingNew |= seen.add(String.valueOf(request.serviceRequestId()));
            }
            if (!anythingNew) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> resolveToken(String token) {
        RequestToken answer = first(call(HttpRequest.newBuilder(URI.create(baseUrl + "/tokens/"
                + URLEncoder.encode(token, StandardCharsets.UTF_8) + ".json")).GET(), TOKENS));
        return Optional.ofNullable(answer.serviceRequestId());
    }

    @Override
    public Optional<CenterRequestStatus> status(String centerRequestId) {
        ServiceRequest request;
        try {
            request = first(call(HttpRequest.newBuilder(URI.create(baseUrl + "/requests/"
                    + URLEncoder.encode(centerRequestId, StandardCharsets.UTF_8) + ".json")).GET(), REQUESTS));
        } catch (CenterRejectedException e) {
            return Optional.empty();
        }
        String updated = request.updatedDatetime();
        return Optional.of(new CenterRequestStatus(centerRequestId,
                !ServiceRequest.CLOSED.equals(request.status()), request.statusNotes(),
                updated == null ? null : OffsetDateTime.parse(updated).toInstant()));
    }

    /**
     * The description the center's operators read, with the platform's number for searching: at its end while the
     * whole fits in what every center keeps, else at its start, where a center that cuts the text cannot reach it.
     */
    static String describe(CenterTicket ticket) {
        String text = ticket.description() == null ? "" : ticket.description().strip();
        String marker = marker(ticket.platformTicketId());
        int room = 4000 - marker.length() - 1;
        String kept = text.length() > room ? text.substring(0, room) : text;
        return kept.length() + 1 + marker.length() <= KEPT_BY_EVERY_CENTER ? kept + " " + marker
                : marker + " " + kept;
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

    private <T> T call(HttpRequest.Builder request, TypeReference<T> answer) {
        if (!breaker.tryAcquirePermission()) {
            throw new CenterUnavailableException("circuit breaker open after repeated failures: " + lastError);
        }
        long started = System.nanoTime();
        try {
            T read = exchange(request, answer);
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            lastSuccess = clock.instant();
            return read;
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

    private <T> T exchange(HttpRequest.Builder request, TypeReference<T> answer) {
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
            return json.readValue(response.body(), answer);
        } catch (JacksonException e) {
            throw new CenterUnavailableException("unreadable answer from the center", e);
        }
    }

    /** GeoReport errors are an array of {code, description}; some servers send plain text. */
    private String errorText(String body) {
        try {
            List<Open311Error> errors = json.readValue(body, ERRORS);
            if (errors != null && !errors.isEmpty() && errors.get(0) != null) {
                return errors.get(0).description();
            }
        } catch (JacksonException e) {
            // not JSON: fall through to the raw text
        }
        return body.length() > 200 ? body.substring(0, 200) : body;
    }

    private static <T> T first(List<T> answers) {
        if (answers == null || answers.isEmpty() || answers.get(0) == null) {
            throw new CenterUnavailableException("the center answered without a result");
        }
        return answers.get(0);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
