package city.civic.integrations.traffic.simulator;

import city.civic.integrations.traffic.simulator.SimulatedRoads.Incident;
import city.civic.integrations.traffic.simulator.SimulatedRoads.Link;
import city.civic.integrations.traffic.simulator.SimulatedRoads.Reading;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A feed simulator on the JDK HTTP server, bound to loopback only. What both feeds share: the
 * simulated roads, a request count, and the scriptable conditions (slow answers, links without a
 * measurement, data lagging behind the clock, extra incidents). Faults of each format are in the
 * subclasses.
 */
public abstract class TrafficSimulator implements AutoCloseable {

    /** A response to write: status, media type, body. */
    protected record Answer(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String source;
    protected final SimulatedRoads roads;
    protected final Clock clock;
    private final AtomicInteger requests = new AtomicInteger();
    private final Set<String> unmeasured = ConcurrentHashMap.newKeySet();
    private final List<Incident> scripted = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;
    private volatile Duration lag = Duration.ZERO;

    protected TrafficSimulator(String source, SimulatedRoads roads, Clock clock, int port) {
        this.source = source;
        this.roads = roads;
        this.clock = clock;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // threads of their own: a slow answer must not hold up the next request
        executor = Executors.newCachedThreadPool(runnable -> {
            var thread = new Thread(runnable, source + "-simulator");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
    }

    /** Registers the feed's operations and starts listening. */
    protected final void start(Map<String, Function<Map<String, String>, Answer>> operations) {
        operations.forEach((path, operation) -> server.createContext(path, exchange -> serve(exchange, operation)));
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    public int requestCount() {
        return requests.get();
    }

    /** Every answer waits this long first (beyond the client's timeout to simulate a hung feed). */
    public void slowBy(Duration delay) {
        this.delay = delay;
    }

    /** The published data is this much older than the clock (a feed whose collection lags). */
    public void lagBy(Duration lag) {
        this.lag = lag;
    }

    /** These links are published with speed 0: no measurement. */
    public void noMeasurement(String... linkIds) {
        unmeasured.addAll(List.of(linkIds));
    }

    /** An extra incident, active from now on. */
    public void addIncident(String id, String linkId, String type, String message) {
        Link link = roads.link(linkId);
        scripted.add(new Incident(source, id, linkId, type, type, message, false, 0, 24, 1, link.lat(), link.lon()));
    }

    /** Back to normal data, no faults. */
    public void reset() {
        delay = Duration.ZERO;
        lag = Duration.ZERO;
        unmeasured.clear();
        scripted.clear();
    }

    /** The readings of this feed's links as published now. */
    protected List<Reading> readings() {
        Instant at = clock.instant().minus(lag);
        return roads.links(source).stream().map(link -> roads.reading(link, at)).toList();
    }

    protected boolean measured(Link link) {
        return !unmeasured.contains(link.linkId());
    }

    protected List<Incident> incidents() {
        Instant now = clock.instant();
        return Stream.concat(roads.scheduledIncidents(source).stream().filter(i -> i.activeAt(now)), scripted.stream())
                .toList();
    }

    protected static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    protected static Answer html500() {
        return new Answer(500, "text/html; charset=UTF-8",
                "<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head>"
                        + "<body><h1>Internal Server Error</h1></body></html>");
    }

    private void serve(HttpExchange exchange, Function<Map<String, String>, Answer> operation) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            Answer answer = operation.apply(query(exchange.getRequestURI()));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the client gave up (timeout) while we were still answering: nothing to do
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
