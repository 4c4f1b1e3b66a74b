package city.civic.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A browser's STOMP 1.2 client, frames written by hand over a real WebSocket, for tests. */
public final class StompClient implements AutoCloseable {

    private final JsonMapper json = JsonMapper.builder().build();
    private final LinkedBlockingQueue<String> frames;
    private final WebSocket socket;

    private StompClient(WebSocket socket, LinkedBlockingQueue<String> frames) {
        this.socket = socket;
        this.frames = frames;
    }

    /** Opens {@code /ws} and sends CONNECT; the CONNECTED frame is taken. */
    public static StompClient connect(int port) throws Exception {
        var listener = new Collector();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), listener).get(10, TimeUnit.SECONDS);
        var client = new StompClient(socket, listener.frames);
        client.send("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n\0");
        assertThat(client.next()).startsWith("CONNECTED");
        return client;
    }

    /** Subscribes to the two destinations a citizen may: replies and errors. */
    public StompClient subscribeAsCitizen() {
        subscribe("0", "/user/queue/replies");
        return subscribe("1", "/user/queue/errors");
    }

    public StompClient subscribe(String id, String destination) {
        send("SUBSCRIBE\nid:" + id + "\ndestination:" + destination + "\n\n\0");
        return this;
    }

    public void sendChat(String id, String token, String text, String clientMessageId) {
        String payload = json.writeValueAsString(Map.of("conversationId", id, "token", token, "text", text,
                "clientMessageId", clientMessageId));
        send("SEND\ndestination:/app/chat.send\ncontent-type:application/json\n\n" + payload + "\0");
    }

    public void send(String frame) {
        socket.sendText(frame, true).join();
    }

    /** The next frame other than a heart-beat; fails after 20 s. */
    public String next() throws InterruptedException {
        String frame = poll(Duration.ofSeconds(20));
        assertThat(frame).as("a STOMP frame within 20 s").isNotNull();
        return frame;
    }

    /** The next frame other than a heart-beat, or null when none came within the wait. */
    public String poll(Duration wait) throws InterruptedException {
        String frame;
        do {
            frame = frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } while (frame != null && frame.equals("\n"));
        return frame;
    }

    public JsonNode body(String frame) {
        int start = frame.indexOf("\n\n") + 2;
        return json.readTree(frame.substring(start, frame.lastIndexOf('\0')));
    }

    @Override
    public void close() {
        socket.abort();
    }

    private static final class Collector implements WebSocket.Listener {
        private final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            frames.add("CLOSED " + statusCode);
            return null;
        }
    }
}
