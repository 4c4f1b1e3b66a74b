package city.civic.cli.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Connects each conversation over its own WebSocket, as each citizen's browser would: CONNECT, then
 * subscriptions to {@code /user/queue/replies} and {@code /user/queue/errors}. Replies are addressed to
 * the sending session, so one socket per conversation also keeps their replies apart.
 */
final class StompDriver {

    private final HttpClient http;
    private final URI endpoint;
    private final String host;
    private final JsonMapper json;
    private final Duration timeout;

    StompDriver(HttpClient http, URI baseUrl, JsonMapper json, Duration timeout) {
        this.http = http;
        String base = RestDriver.stripSlash(baseUrl.toString());
        this.endpoint = URI.create(base.replaceFirst("^http", "ws") + "/ws");
        this.host = baseUrl.getHost();
        this.json = json;
        this.timeout = timeout;
    }

    CompletableFuture<TurnSession> connect(Conversation conversation) {
        var session = new StompSession(conversation, json, timeout);
        return http.newWebSocketBuilder()
                .connectTimeout(timeout)
                .buildAsync(endpoint, session)
                .thenCompose(socket -> session.handshake(socket, host))
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ok, failure) -> {
                    if (failure != null) {
                        session.close();
                    }
                })
                .thenApply(ok -> session);
    }
}
