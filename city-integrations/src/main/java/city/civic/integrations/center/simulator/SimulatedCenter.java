package city.civic.integrations.center.simulator;

import city.civic.integrations.open311.Open311Error;
import city.civic.integrations.open311.Open311Params;
import city.civic.integrations.open311.RequestToken;
import city.civic.integrations.open311.ServiceRequest;
import city.civic.integrations.open311.ServiceRequestReceipt;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Smart City Center's ticket system as the platform sees it: Open311 GeoReport v2 in JSON
 * (POST/GET {@code requests.json}, {@code requests/{id}.json}, {@code tokens/{token}.json}), with
 * realtime and batch services and faults to script (down, slow, errors) and the habits of real centers (cutting
 * descriptions short, answering searches a page at a time). Binds 127.0.0.1 only.
 */
public final class SimulatedCenter implements AutoCloseable {

    /** A request as the center stores it. */
    public record Request(String id, String serviceCode, String description, String address, Double lat,
            Double lon, Map<String, String> attributes, boolean open, String statusNotes, Instant requested,
            Instant updated) {
    }

    private final HttpServer server;
    private final JsonMapper json = JsonMapper.builder().addMixIn(ServiceRequest.class, CenterFields.class).build();
    private final Clock clock;
    private final ZoneId zone = ZoneId.of("Asia/Seoul");
    private final Map<String, Request> requests = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> tokenPolls = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger(118_000);
    private final Set<String> batchServices = ConcurrentHashMap.newKeySet();
    private volatile boolean down;
    private volatile long delayMillis;
    private volatile int tokenPollsBeforeResolved = 1;
    private volatile int descriptionLimit;
    private volatile int pageSize;

    public SimulatedCenter(int port, Clock clock) {
        this.clock = clock;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the simulated center", e);
        }
        server.createContext("/open311/v2/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            var thread = new Thread(r, "simulated-center");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/open311/v2";
    }

    /** While down, every call answers 503. */
    public void down(boolean down) {
        this.down = down;
    }

    /** Each answer is delayed; a request is still stored, so a client that timed out does not know it was filed. */
    public void delay(long millis) {
        this.delayMillis = millis;
    }

    public void batchService(String serviceCode) {
        batchServices.add(serviceCode);
    }

    public void tokenPollsBeforeResolved(int polls) {
        this.tokenPollsBeforeResolved = polls;
    }

    /** Like some centers, keeps only the first {@code characters} of each description (0: all of it). */
    public void truncateDescriptions(int characters) {
        this.descriptionLimit = characters;
    }

    /**
     * Answers searches ({@code GET requests.json}) newest first, {@code requests} at a time, with the {@code page}
     * parameter (1, 2, ...) that paging GeoReport servers take (0: everything at once, as before).
     */
    public void pageSize(int requests) {
        this.pageSize = requests;
    }

    public List<Request> requests() {
        return new ArrayList<>(requests.values());
    }

    /** An operator at the center updates a request. */
    public void update(String id, boolean open, String notes) {
        requests.computeIfPresent(id, (k, r) -> new Request(r.id(), r.serviceCode(), r.description(), r.address(),
                r.lat(), r.lon(), r.attributes(), open, notes, r.requested(), clock.instant()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (delayMillis > 0) {
                sleep(delayMillis);
            }
            if (down) {
                send(exchange, 503, errors(503, "The center's ticket system is down for maintenance"));
                return;
            }
            String path = exchange.getRequestURI().getPath().substring("/open311/v2/".length());
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            if (path.equals("requests.json") && exchange.getRequestMethod().equals("POST")) {
                create(exchange, form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            } else if (path.equals("requests.json")) {
                send(exchange, 200, list(query));
            } else if (path.startsWith("requests/") && path.endsWith(".json")) {
                Request request = requests.get(path.substring("requests/".length(), path.length() - 5));
                send(exchange, request == null ? 404 : 200,
                        request == null ? errors(404, "No such request") : List.of(view(request)));
            } else if (path.startsWith("tokens/") && path.endsWith(".json")) {
                token(exchange, path.substring("tokens/".length(), path.length() - 5));
            } else {
                send(exchange, 404, errors(404, "Unknown resource " + path));
            }
        }
    }

    private void create(HttpExchange exchange, Map<String, String> form) throws IOException {
        String serviceCode = form.get(Open311Params.SERVICE_CODE);
        if (serviceCode == null || serviceCode.isBlank()) {
            send(exchange, 400, errors(400, "service_code is required"));
            return;
        }
        String address = form.get(Open311Params.ADDRESS_STRING);
        if (address == null && (form.get(Open311Params.LAT) == null || form.get(Open311Params.LONG) == null)) {
            send(exchange, 400, errors(400, "A location (lat and long, or address_string) is required"));
            return;
        }
        var attributes = new LinkedHashMap<String, String>();
        form.forEach((key, value) -> {
            if (key.startsWith("attribute[") && key.endsWith("]")) {
                attributes.put(key.substring(10, key.length() - 1), value);
            }
        });
        String id = "GJ-" + OffsetDateTime.now(clock).atZoneSameInstant(zone).getYear() + "-" + sequence.incrementAndGet();
        Instant now = clock.instant();
        requests.put(id, new Request(id, serviceCode, truncated(form.get(Open311Params.DESCRIPTION)), address,
                number(form.get(Open311Params.LAT)), number(form.get(Open311Params.LONG)), attributes, true, null,
                now, now));
        String notice = "Field check within 24 hours (sample)";
        if (batchServices.contains(serviceCode)) {
            String token = "tok-" + id.toLowerCase(java.util.Locale.ROOT);
            tokens.put(token, id);
            send(exchange, 201, List.of(new ServiceRequestReceipt(null, token, notice, null)));
        } else {
            send(exchange, 201, List.of(new ServiceRequestReceipt(id, null, notice, null)));
        }
    }

    private void token(HttpExchange exchange, String token) throws IOException {
        String id = tokens.get(token);
        if (id == null) {
            send(exchange, 404, errors(404, "Unknown token"));
            return;
        }
        int polls = tokenPolls.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet();
        send(exchange, 200, List.of(new RequestToken(polls > tokenPollsBeforeResolved ? id : null, token)));
    }

    private List<ServiceRequest> list(Map<String, String> query) {
        String start = query.get(Open311Params.START_DATE);
        Instant from = start == null ? Instant.EPOCH : OffsetDateTime.parse(start).toInstant();
        String serviceCode = query.get(Open311Params.SERVICE_CODE);
        int size = pageSize;
        int page = page(query.get(Open311Params.PAGE));
        return requests.values().stream()
                .filter(r -> serviceCode == null || r.serviceCode().equals(serviceCode))
                .filter(r -> !r.requested().isBefore(from))
                .sorted(Comparator.comparing(Request::requested).thenComparing(Request::id).reversed())
                .skip(size == 0 ? 0 : (long) (page - 1) * size)
                .limit(size == 0 ? Long.MAX_VALUE : size)
                .map(this::view)
                .toList();
    }

    private static int page(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private String truncated(String description) {
        int limit = descriptionLimit;
        return description == null || limit == 0 || description.length() <= limit ? description
                : description.substring(0, limit);
    }

    private ServiceRequest view(Request r) {
        return new ServiceRequest(r.id(), r.open() ? ServiceRequest.OPEN : ServiceRequest.CLOSED, r.statusNotes(),
                null, r.serviceCode(), r.description(), null, null,
                OffsetDateTime.ofInstant(r.requested(), zone).toString(),
                OffsetDateTime.ofInstant(r.updated(), zone).toString(), null, r.address(), null, null, r.lat(),
                r.lon(), null, null, null);
    }

    private static List<Open311Error> errors(int code, String description) {
        return List.of(new Open311Error(code, description));
    }

    /** The center speaks plain GeoReport: without the platform's own extensions of a request. */
    @JsonIgnoreProperties({"extended_status", "duplicate_of"})
    private interface CenterFields {
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> form(String encoded) {
        var values = new LinkedHashMap<String, String>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static Double number(String value) {
        return value == null || value.isBlank() ? null : Double.valueOf(value);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
