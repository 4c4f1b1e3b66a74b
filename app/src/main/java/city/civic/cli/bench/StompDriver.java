package city.civic.cli.bench;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Connects each conversation over its own WebSocket, as each citizen's browser would: CONNECT, then
 * subscriptions to {@code /user/queue/replies} and {@code /user/queue/errors}. Replies are addressed to
 * the sending session, so one socket per conversation also keeps their replies apart.
 */
final class StompDriver {

    private final URI endpoint;
    private final Duration timeout;

    StompDriver(URI baseUrl, Duration timeout) {
        String base = RestDriver.stripSlash(baseUrl.toString());
        this.endpoint = URI.create(base.replaceFirst("^http", "ws") + "/ws");
        this.timeout = timeout;
    }

    CompletableFuture<TurnSession> connect(Conversation conversation) {
        var session = new StompTurnSession(conversation, timeout);
        return StompChat.connect(endpoint, timeout, session::onFrame).thenApply(chat -> {
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
