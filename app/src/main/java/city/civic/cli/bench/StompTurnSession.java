package city.civic.cli.bench;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/** One conversation's turns over STOMP; a reply is matched to its turn by {@code clientMessageId}. */
final class StompTurnSession implements TurnSession {

    /** Where a turn's message goes: {@link StompChat#sendChat}, or a stand-in in tests. */
    @FunctionalInterface
    interface Outbound {
        void sendChat(String conversationId, String token, String text, String clientMessageId);
    }

    private record Pending(String clientMessageId, CompletableFuture<Void> reply) {
    }

    private final Conversation conversation;
    private final Duration timeout;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final AtomicInteger messageIds = new AtomicInteger();
    private volatile Outbound outbound;
    private volatile Runnable disconnect = () -> { };
    private volatile Pending pending;

    StompTurnSession(Conversation conversation, Duration timeout) {
        this.conversation = conversation;
        this.timeout = timeout;
    }

    @Override
    public String transport() {
        return "ws";
    }

    /** Once connected and subscribed: where turns go, and how the connection ends. */
    void attach(Outbound sender, Runnable closer) {
        this.outbound = sender;
        this.disconnect = closer;
    }

    @Override
    public CompletableFuture<Void> send(String text) {
        if (closed.isDone() || outbound == null) {
            return CompletableFuture.failedFuture(new TurnFailure("ws closed"));
        }
        var turn = new Pending("m" + messageIds.incrementAndGet(), new CompletableFuture<>());
        pending = turn;
        try {
            outbound.sendChat(conversation.id(), conversation.token(), text, turn.clientMessageId());
        } catch (RuntimeException e) {
            fail(turn, "ws send failed");
        }
        return turn.reply().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<Void> close() {
        if (!closed.isDone()) {
            try {
                disconnect.run();
            } catch (RuntimeException e) {
                // already gone
            }
            closed.complete(null);
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Every frame the server sends on this conversation's connection. */
    void onFrame(StompChat.Frame frame) {
        switch (frame.command()) {
            case "MESSAGE" -> handleMessage(frame);
            // The server closes the socket after an ERROR frame.
            case "ERROR" -> shutDown("ws stomp error");
            case "CLOSED" -> shutDown("ws closed");
            default -> { }
        }
    }

    private void handleMessage(StompChat.Frame frame) {
        Pending turn = pending;
        if (turn == null) {
            return;
        }
        JsonNode body;
        try {
            body = frame.json();
        } catch (RuntimeException e) {
            fail(turn, "bad reply");
            return;
        }
        boolean refused = StompChat.ERRORS.equals(frame.destination());
        JsonNode id = body.path("clientMessageId");
        // Errors such as an unknown conversation carry no id; with one turn in flight they are still ours.
        boolean ours = id.isString() ? id.stringValue().equals(turn.clientMessageId()) : refused;
        if (!ours) {
            return; // a late reply to a turn that has already timed out
        }
        if (refused) {
            fail(turn, "ws " + body.path("error").asString("error"));
            return;
        }
        try {
            TurnSession.requireMessages(body);
            turn.reply().complete(null);
        } catch (TurnFailure e) {
            turn.reply().completeExceptionally(e);
        }
    }

    private void fail(Pending turn, String kind) {
        turn.reply().completeExceptionally(new TurnFailure(kind));
    }

    private void shutDown(String kind) {
        closed.complete(null);
        Pending turn = pending;
        if (turn != null) {
            fail(turn, kind);
        }
    }
}
