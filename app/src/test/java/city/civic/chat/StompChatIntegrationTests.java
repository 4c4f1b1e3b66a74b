package city.civic.chat;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** STOMP 1.2 frames over a real WebSocket, written by hand as a browser's client would. */
@IntegrationTest
class StompChatIntegrationTests {

    @LocalServerPort
    int port;

    final JsonMapper json = JsonMapper.builder().build();
    final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
    WebSocket socket;
    TurnApi api;

    @BeforeEach
    void connect() throws Exception {
        api = new TurnApi(port);
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new Collector()).get(10, TimeUnit.SECONDS);
        send("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n\0");
        assertThat(next()).startsWith("CONNECTED");
        send("SUBSCRIBE\nid:0\ndestination:/user/queue/replies\n\n\0");
        send("SUBSCRIBE\nid:1\ndestination:/user/queue/errors\n\n\0");
    }

    @AfterEach
    void close() {
        socket.abort();
    }

    @Test
    void repliesOnlyToTheOwnerAndNeverHandlesAResentMessageTwice() throws Exception {
        var started = api.post("/api/v1/conversations", "{\"channel\":\"web\",\"language\":\"en\"}").body();
        String id = started.get("conversationId").asString();
        String token = started.get("token").asString();

        sendChat(id, token, "How do I get a resident registration certificate?", "m-1");
        JsonNode reply = body(next());
        assertThat(reply.get("clientMessageId").asString()).isEqualTo("m-1");
        assertThat(reply.get("messages").get(0).get("intent").asString()).isEqualTo("faq");

        sendChat(id, token, "How do I get a resident registration certificate?", "m-1");
        assertThat(body(next()).get("messages")).isEqualTo(reply.get("messages"));
        long citizenTurns = api.get("/api/v1/conversations/" + id).body().get("messages").valueStream()
                .filter(m -> m.get("role").asString().equals("citizen")).count();
        assertThat(citizenTurns).isEqualTo(1);

        sendChat(id, "not-the-owners-token", "hello", "m-2");
        String error = next();
        assertThat(error).contains("destination:/user/queue/errors");
        assertThat(body(error).get("error").asString()).isEqualTo("conversation.not_found");
    }

    @Test
    void malformedJsonGetsAnErrorAndTheSessionGoesOn() throws Exception {
        send("SEND\ndestination:/app/chat.send\ncontent-type:application/json\n\n{\"conversationId\": \0");
        JsonNode error = body(next());
        assertThat(error.get("error").asString()).isEqualTo("request.malformed");

        var started = api.post("/api/v1/conversations", "{\"channel\":\"web\",\"language\":\"ko\"}").body();
        sendChat(started.get("conversationId").asString(), started.get("token").asString(), "안녕하세요", "k-1");
        assertThat(body(next()).get("messages").get(0).get("language").asString()).isEqualTo("ko");
    }

    @Test
    void aMalformedFrameIsAnsweredWithAStompError() throws Exception {
        send("THIS IS NOT STOMP\n\n\0");

        assertThat(next()).startsWith("ERROR");
    }

    @Test
    void anOversizedFrameIsRefused() throws Exception {
        String huge = "x".repeat(64 * 1024);
        send("SEND\ndestination:/app/chat.send\ncontent-type:application/json\n\n{\"text\":\"" + huge + "\"}\0");

        String answer = frames.poll(10, TimeUnit.SECONDS);
        assertThat(answer == null || answer.startsWith("ERROR") || answer.startsWith("CLOSED")).isTrue();
        assertThat(api.post("/api/v1/conversations", "{}").status()).isEqualTo(201);
    }

    private void sendChat(String id, String token, String text, String clientMessageId) {
        String payload = json.writeValueAsString(java.util.Map.of("conversationId", id, "token", token,
                "text", text, "clientMessageId", clientMessageId));
        send("SEND\ndestination:/app/chat.send\ncontent-type:application/json\n\n" + payload + "\0");
    }

    private void send(String frame) {
        socket.sendText(frame, true).join();
    }

    private String next() throws InterruptedException {
        String frame;
        do {
            frame = frames.poll(20, TimeUnit.SECONDS);
            assertThat(frame).as("a STOMP frame within 20 s").isNotNull();
        } while (frame.equals("\n"));
        return frame;
    }

    private JsonNode body(String frame) {
        int start = frame.indexOf("\n\n") + 2;
        return json.readTree(frame.substring(start, frame.lastIndexOf('\0')));
    }

    private final class Collector implements WebSocket.Listener {
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
