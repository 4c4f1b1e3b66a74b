package city.civic.cli.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens conversations and sends turns over the REST turn API, without blocking a thread per request. With several
 * instances, conversation i opens on instance i mod n and its turns go round all of them.
 */
final class RestDriver {

    /** The turn API's owner-token header (DESIGN.md, Turn API). */
    static final String TOKEN_HEADER = "X-Conversation-Token";

    private final HttpClient http;
    private final List<URI> conversations;
    private final JsonMapper json;
    private final Duration timeout;

    RestDriver(HttpClient http, List<URI> baseUrls, JsonMapper json, Duration timeout) {
        this.http = http;
        this.conversations = baseUrls.stream()
                .map(base -> URI.create(stripSlash(base.toString()) + "/api/v1/conversations")).toList();
        this.json = json;
        this.timeout = timeout;
    }

    /** Starts an English web conversation on instance {@code which} mod n, as the chat widget does. */
    CompletableFuture<Conversation> open(int which) {
        return post(conversations.get(which % conversations.size()), Map.of("channel", "web", "language", "en"), 201, null).thenApply(body -> {
            String id = body.path("conversationId").asString("");
            String token = body.path("token").asString("");
            if (id.isEmpty() || token.isEmpty()) {
                throw new TurnFailure("bad reply");
            }
            return new Conversation(id, token);
        });
    }

    TurnSession session(Conversation conversation) {
        List<URI> messages = conversations.stream()
                .map(base -> URI.create(base + "/" + conversation.id() + "/messages")).toList();
        var turns = new AtomicInteger();
        return new TurnSession() {
            @Override
            public String transport() {
                return "rest";
            }

            @Override
            public CompletableFuture<Void> send(String text) {
                URI instance = messages.get(turns.getAndIncrement() % messages.size());
                return post(instance, Map.of("text", text), 200, conversation.token())
                        .thenAccept(TurnSession::requireMessages);
            }
        };
    }

    /**
     * The request's own timeout covers the response headers; the future's covers the body too.
     *
     * @param token the conversation's owner token, which every call after the first carries
     */
    private CompletableFuture<JsonNode> post(URI uri, Object body, int expectedStatus, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (token != null) {
            request.header(TOKEN_HEADER, token);
        }
        return http.sendAsync(request.build(), BodyHandlers.ofString())
                .thenApply(response -> parse(response, expectedStatus))
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private JsonNode parse(HttpResponse<String> response, int expectedStatus) {
        if (response.statusCode() != expectedStatus) {
            throw new TurnFailure("http " + response.statusCode());
        }
        try {
            return json.readTree(response.body());
        } catch (RuntimeException e) {
            throw new TurnFailure("bad reply");
        }
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
