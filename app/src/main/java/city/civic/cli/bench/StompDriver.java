package city.civic.cli.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Connects each conversation over its own WebSocket, as each citizen's browser would: CONNECT, then
 * subscriptions to {@code /user/queue/replies} and {@code /user/queue/errors}. Replies are addressed to
 * the sending session, so one socket per conversation also keeps their replies apart.
 */
final class StompDriver {

    private final List<URI> endpoints;
    private final Duration timeout;

    StompDriver(List<URI> baseUrls, Duration timeout) {
        this.endpoints = baseUrls.stream()
                .map(base -> URI.create(RestDriver.stripSlash(base.toString()).replaceFirst("^http", "ws") + "/ws"))
                .toList();
        this.timeout = timeout;
    }

    /** Connects to instance {@code which} mod n. */
    CompletableFuture<TurnSession> connect(Conversation conversation, int which) {
        var session = new StompTurnSession(conversation, timeout);
        return StompChat.connect(endpoints.get(which % endpoints.size()), timeout, session::onFrame).thenApply(chat -> {
            try {
                chat.subscribeAsCitizen();
            } catch (RuntimeException e) {
                chat.close();
                throw e;
            }
            session.attach(chat::sendChat, chat::close);
            return session;
        });
    }
}
