package city.civic.cli.bench;

import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.ConnectionLostException;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.WebSocketClient;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A citizen's chat over the platform's STOMP endpoint ({@code /ws}), through Spring's
 * {@link WebSocketStompClient}: SEND to {@code /app/chat.send}, subscriptions to the two queues a citizen
 * may read. Every frame the server sends to it (MESSAGE, ERROR, and the connection's close) reaches one
 * listener, or, without one, a queue read by {@link #next(Duration)}.
 */
public final class StompChat implements AutoCloseable {

    /** The destination a citizen sends chat messages to. */
    public static final String CHAT_SEND = "/app/chat.send";
    public static final String REPLIES = "/user/queue/replies";
    public static final String ERRORS = "/user/queue/errors";

    private static final WebSocketClient TRANSPORT = new StandardWebSocketClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One frame from the server: {@code MESSAGE} and {@code ERROR} with their headers and body, or
     * {@code CLOSED} with the WebSocket close code when the connection ended.
     */
    public record Frame(String command, StompHeaders headers, String body, int closeCode) {

        public String destination() {
            return headers.getDestination();
        }

        public tools.jackson.databind.JsonNode json() {
            return JSON.readTree(body);
        }

        public boolean isClosed() {
            return command.equals("CLOSED");
        }
    }

    private final Consumer<Frame> listener;
    private final BlockingQueue<Frame> queue = new LinkedBlockingQueue<>();
    private volatile StompSession session;

    private StompChat(Consumer<Frame> listener) {
        this.listener = listener != null ? listener : queue::add;
    }

    /** Connects (CONNECT without heart-beats) and hands every later frame to {@code listener}. */
    public static CompletableFuture<StompChat> connect(URI endpoint, Duration timeout, Consumer<Frame> listener) {
        StompChat chat = new StompChat(listener);
        WebSocketStompClient client = new WebSocketStompClient(chat.new ClosingTransport());
        client.setDefaultHeartbeat(new long[] {0, 0});
        CompletableFuture<StompSession> connecting =
                client.connectAsync(endpoint, (WebSocketHttpHeaders) null, new StompHeaders(), chat.new Events());
        return connecting.thenApply(connected -> {
            chat.session = connected;
            return chat;
        }).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((ok, failure) -> {
            if (failure != null) {
                connecting.thenAccept(StompSession::disconnect); // connected too late: let it go
            }
        });
    }

    /** Connects to {@code ws://127.0.0.1:PORT/ws}, keeping its frames for {@link #next(Duration)}. */
    public static StompChat connect(int port) throws Exception {
        Duration timeout = Duration.ofSeconds(10);
        return connect(URI.create("ws://127.0.0.1:" + port + "/ws"), timeout, null)
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Subscribes to the two destinations a citizen may: replies and errors. */
    public StompChat subscribeAsCitizen() {
        subscribe(REPLIES);
        return subscribe(ERRORS);
    }

    public synchronized StompChat subscribe(String destination) {
        session.subscribe(destination, new Messages());
        return this;
    }

    /** Sends a citizen's message as the web widget does. */
    public void sendChat(String conversationId, String token, String text, String clientMessageId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("conversationId", conversationId);
        body.put("token", token);
        body.put("text", text);
        body.put("clientMessageId", clientMessageId);
        send(CHAT_SEND, JSON.writeValueAsString(body));
    }

    /** Sends a JSON body (well-formed or not) to any destination. */
    public synchronized void send(String destination, String json) {
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.set(StompHeaders.CONTENT_TYPE, "application/json");
        session.send(headers, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The next frame kept (only without a listener), or {@code null} when none came within {@code wait}. */
    public Frame poll(Duration wait) throws InterruptedException {
        return queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next frame kept; fails when none came within 20 s. */
    public Frame next() throws InterruptedException {
        return next(Duration.ofSeconds(20));
    }

    /** The next frame kept; fails when none came within {@code wait}. */
    public Frame next(Duration wait) throws InterruptedException {
        Frame frame = poll(wait);
        if (frame == null) {
            throw new IllegalStateException("no STOMP frame within " + wait);
        }
        return frame;
    }

    public boolean isConnected() {
        StompSession open = session;
        return open != null && open.isConnected();
    }

    /** DISCONNECT and close the WebSocket. */
    @Override
    public synchronized void close() {
        StompSession open = session;
        if (open != null && open.isConnected()) {
            try {
                open.disconnect();
            } catch (MessageDeliveryException e) {
                // the server closed it meanwhile
            }
        }
    }

    private static String text(Object payload) {
        return payload == null ? "" : new String((byte[]) payload, StandardCharsets.UTF_8);
    }

    /** MESSAGE frames of one subscription. */
    private final class Messages implements StompFrameHandler {

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            listener.accept(new Frame("MESSAGE", headers, text(payload), 0));
        }
    }

    /** ERROR frames; the connection's end is reported by {@link ClosingTransport}, with its code. */
    private final class Events extends StompSessionHandlerAdapter {

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            listener.accept(new Frame("ERROR", headers, text(payload), 0));
        }

        @Override
        public void handleTransportError(StompSession stompSession, Throwable exception) {
            if (!(exception instanceof ConnectionLostException)) {
                listener.accept(new Frame("CLOSED", new StompHeaders(), String.valueOf(exception),
                        CloseStatus.NO_CLOSE_FRAME.getCode()));
            }
        }
    }

    /** The WebSocket transport, reporting how the connection closed (the STOMP client keeps only that it did). */
    private final class ClosingTransport implements WebSocketClient {

        @Override
        public CompletableFuture<WebSocketSession> execute(WebSocketHandler handler, String uriTemplate,
                Object... uriVariables) {
            URI uri = org.springframework.web.util.UriComponentsBuilder.fromUriString(uriTemplate)
                    .buildAndExpand(uriVariables).encode().toUri();
            return execute(handler, null, uri);
        }

        @Override
        public CompletableFuture<WebSocketSession> execute(WebSocketHandler handler, WebSocketHttpHeaders headers,
                URI uri) {
            return TRANSPORT.execute(new WebSocketHandlerDecorator(handler) {
                @Override
                public void afterConnectionClosed(WebSocketSession closed, CloseStatus status) throws Exception {
                    listener.accept(new Frame("CLOSED", new StompHeaders(), status.getReason() == null ? ""
                            : status.getReason(), status.getCode()));
                    super.afterConnectionClosed(closed, status);
                }
            }, headers, uri);
        }
    }
}
