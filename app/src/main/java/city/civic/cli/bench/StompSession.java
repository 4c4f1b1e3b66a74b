package city.civic.cli.bench;

import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One conversation's STOMP session; a reply is matched to its turn by {@code clientMessageId}. */
final class StompSession implements TurnSession, WebSocket.Listener {

    private record Pending(String clientMessageId, CompletableFuture<Void> reply) {
    }

    private final Conversation conversation;
    private final JsonMapper json;
    private final Duration timeout;
    private final StringBuilder received = new StringBuilder();
    private final CompletableFuture<Void> connected = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final AtomicInteger messageIds = new AtomicInteger();
    private volatile WebSocket socket;
    private volatile Pending pending;
    /** The JDK WebSocket refuses a send while the previous one is unfinished, so sends are chained. */
    private CompletableFuture<?> writes = CompletableFuture.completedFuture(null);

    StompSession(Conversation conversation, JsonMapper json, Duration timeout) {
        this.conversation = conversation;
        this.json = json;
        this.timeout = timeout;
    }

    @Override
    public String transport() {
        return "ws";
    }

    /** CONNECT without heart-beats, then subscribe once the server has said CONNECTED. */
    CompletableFuture<Void> handshake(WebSocket webSocket, String host) {
        socket = webSocket;
        write(StompFrame.of("CONNECT", "accept-version", "1.2", "host", host, "heart-beat", "0,0"));
        return connected.thenRun(() -> {
            write(StompFrame.of("SUBSCRIBE", "id", "0", "destination", "/user/queue/replies"));
            write(StompFrame.of("SUBSCRIBE", "id", "1", "destination", "/user/queue/errors"));
        });
    }

    @Override
    public CompletableFuture<Void> send(String text) {
        if (closed.isDone()) {
            return CompletableFuture.failedFuture(new TurnFailure("ws closed"));
        }
        var turn = new Pending("m" + messageIds.incrementAndGet(), new CompletableFuture<>());
        pending = turn;
        var body = new LinkedHashMap<String, String>();
        body.put("conversationId", conversation.id());
        body.put("token", conversation.token());
        body.put("text", text);
        body.put("clientMessageId", turn.clientMessageId());
        write(StompFrame.of("SEND", "destination", "/app/chat.send")
                .withBody("application/json", json.writeValueAsString(body)))
                .whenComplete((ok, e) -> {
                    if (e != null) {
                        fail(turn, "ws send failed");
                    }
                });
        return turn.reply().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<Void> close() {
        WebSocket open = socket;
        if (open == null || closed.isDone()) {
            return CompletableFuture.completedFuture(null);
        }
        write(StompFrame.of("DISCONNECT"));
        synchronized (this) {
            writes = writes.thenCompose(ignored -> open.sendClose(WebSocket.NORMAL_CLOSURE, "benchmark done"));
        }
        // Wait briefly for the server's close; then drop the connection regardless.
        return closed.completeOnTimeout(null, 2, TimeUnit.SECONDS).whenComplete((ok, e) -> open.abort());
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        received.append(data);
        StompFrame.drain(received).forEach(this::handle);
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        shutDown("ws closed");
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        shutDown("ws error");
    }

    private void handle(StompFrame frame) {
        switch (frame.command()) {
            case "CONNECTED" -> connected.complete(null);
            case "MESSAGE" -> handleMessage(frame);
            // The server closes the socket after an ERROR frame.
            case "ERROR" -> shutDown("ws stomp error");
            default -> { }
        }
    }

    private void handleMessage(StompFrame frame) {
        Pending turn = pending;
        if (turn == null) {
            return;
        }
        JsonNode body;
        try {
            body = json.readTree(frame.body());
        } catch (RuntimeException e) {
            fail(turn, "bad reply");
            return;
        }
        JsonNode id = body.path("clientMessageId");
        // Errors such as an unknown conversation carry no id; with one turn in flight they are still ours.
        boolean ours = id.isString() ? id.stringValue().equals(turn.clientMessageId()) : "1".equals(frame.header("subscription"));
        if (!ours) {
            return; // a late reply to a turn that has already timed out
        }
        if ("1".equals(frame.header("subscription"))) {
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

    private synchronized CompletableFuture<?> write(StompFrame frame) {
        String text = frame.encode();
        writes = writes.thenCompose(ignored -> socket.sendText(text, true));
        return writes;
    }

    private void fail(Pending turn, String kind) {
        turn.reply().completeExceptionally(new TurnFailure(kind));
    }

    private void shutDown(String kind) {
        closed.complete(null);
        connected.completeExceptionally(new TurnFailure(kind));
        Pending turn = pending;
        if (turn != null) {
            fail(turn, kind);
        }
    }
}
