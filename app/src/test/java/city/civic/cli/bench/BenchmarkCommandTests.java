package city.civic.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST driver and the whole command against a stub of the turn API. */
class BenchmarkCommandTests {

    private static final String TOKEN = "X-Conversation-Token";

    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger messages = new AtomicInteger();
    private volatile int messageStatus = 200;
    private HttpServer server;
    private ExecutorService serverThreads;
    private URI url;

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/conversations", this::handle);
        serverThreads = Executors.newFixedThreadPool(4);
        server.setExecutor(serverThreads);
        server.start();
        url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        JsonNode request = json.readTree(exchange.getRequestBody().readAllBytes());
        if (path.equals("/api/v1/conversations")) {
            respond(exchange, 201, "{\"conversationId\":\"c" + opened.incrementAndGet()
                    + "\",\"token\":\"t\",\"messages\":[{\"text\":\"Hello\"}]}");
        } else if (path.endsWith("/messages") && !"t".equals(exchange.getRequestHeaders().getFirst(TOKEN))) {
            // as the turn API answers a turn without its owner's token
            respond(exchange, 404, "{\"error\":\"conversation.not_found\"}");
        } else if (path.endsWith("/messages") && request.path("text").isString()) {
            messages.incrementAndGet();
            respond(exchange, messageStatus, messageStatus == 200 ? "{\"messages\":[{\"text\":\"Answer\"}]}"
                    : "{\"error\":\"rate_limited\"}");
        } else {
            respond(exchange, 400, "{}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void restDriverOpensAndSendsAndNamesRefusals() {
        var driver = new RestDriver(HttpClient.newHttpClient(), List.of(url), json, Duration.ofSeconds(10));

        Conversation conversation = driver.open(0).join();
        TurnSession session = driver.session(conversation);
        session.send("hello").join();
        messageStatus = 429;
        Throwable refused = session.send("hello").handle((ok, e) -> e).join();

        assertThat(conversation).isEqualTo(new Conversation("c1", "t"));
        assertThat(TurnFailure.kindOf(refused)).isEqualTo("http 429");
    }

    @Test
    void runsClosedLoopsAndEndsWithAJsonLine() throws InterruptedException {
        var output = new ByteArrayOutputStream();

        int exit = new BenchmarkCommand(new PrintStream(output, true, StandardCharsets.UTF_8)).run(new String[] {
                "benchmark", "--url=" + url, "--conversations=4", "--interval-ms=0", "--warmup-s=1", "--duration-s=1"});

        String[] lines = output.toString(StandardCharsets.UTF_8).split("\n");
        JsonNode figures = json.readTree(lines[lines.length - 1]);
        assertThat(exit).isZero();
        assertThat(figures.path("transport").asString()).isEqualTo("rest");
        assertThat(figures.path("opened").asInt()).isEqualTo(4);
        assertThat(figures.path("turns").asLong()).isPositive().isLessThan(messages.get());
        assertThat(figures.path("errors").asLong()).isZero();
        assertThat(figures.path("p99Ms").asDouble()).isPositive();
    }

    @Test
    void refusalsAreCountedAndFailTheRun() throws InterruptedException {
        messageStatus = 429;
        var output = new ByteArrayOutputStream();

        int exit = new BenchmarkCommand(new PrintStream(output, true, StandardCharsets.UTF_8)).run(new String[] {
                "benchmark", "--url=" + url, "--conversations=2", "--interval-ms=100", "--warmup-s=0", "--duration-s=1"});

        String[] lines = output.toString(StandardCharsets.UTF_8).split("\n");
        JsonNode figures = json.readTree(lines[lines.length - 1]);
        assertThat(exit).isEqualTo(1);
        // One refusal per conversation: after an error each waits a second before its next turn.
        assertThat(figures.path("errorsByKind").path("http 429").asLong()).isBetween(2L, 4L);
    }

    @Test
    void spreadsConversationsOverSeveralInstancesAndTurnsRoundThem() throws Exception {
        var onB = new AtomicInteger();
        HttpServer b = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        b.createContext("/api/v1/conversations", exchange -> {
            onB.incrementAndGet();
            handle(exchange);
        });
        b.setExecutor(serverThreads);
        b.start();
        try {
            var output = new ByteArrayOutputStream();
            String both = url + ",http://127.0.0.1:" + b.getAddress().getPort() + "/";

            int exit = new BenchmarkCommand(new PrintStream(output, true, StandardCharsets.UTF_8)).run(new String[] {
                    "benchmark", "--url=" + both, "--conversations=2", "--interval-ms=0", "--warmup-s=0",
                    "--duration-s=1"});

            assertThat(exit).as(output.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(opened.get()).isEqualTo(2);
            int requests = opened.get() + messages.get();
            assertThat(onB.get()).as("B's share of %d requests", requests).isBetween(requests / 2 - 2, requests / 2 + 2);
        } finally {
            b.stop(0);
        }
    }

    @Test
    void refusesAnAddressListWithABadAddress() throws InterruptedException {
        var output = new ByteArrayOutputStream();

        int exit = new BenchmarkCommand(new PrintStream(output, true, StandardCharsets.UTF_8))
                .run(new String[] {"benchmark", "--url=" + url + ",ftp://127.0.0.1:21"});

        assertThat(exit).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("--url must be http:// or https:// addresses: ftp://");
    }

    @Test
    void rejectsUnknownOptions() throws InterruptedException {
        var output = new ByteArrayOutputStream();

        int exit = new BenchmarkCommand(new PrintStream(output, true, StandardCharsets.UTF_8))
                .run(new String[] {"benchmark", "--conversation=5"});

        assertThat(exit).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("unknown option: --conversation=5", "usage:");
    }
}
