package city.civic.chat;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.cli.bench.StompChat;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import tools.jackson.databind.JsonNode;

/**
 * The chat over STOMP 1.2 and a real WebSocket, through Spring's STOMP client; frames no client would
 * write (malformed, oversized) go out raw.
 */
@IntegrationTest
class StompChatIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("clientInboundChannelExecutor")
    ThreadPoolTaskExecutor stompTurnThreads;

    StompChat stomp;
    TurnApi api;

    @BeforeEach
    void connect() throws Exception {
        api = new TurnApi(port);
        stomp = StompChat.connect(port).subscribeAsCitizen();
    }

    @AfterEach
    void close() {
        stomp.close();
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
        StompChat.Frame error = next();
        assertThat(error.destination()).isEqualTo("/user/queue/errors");
        assertThat(error.json().get("error").asString()).isEqualTo("conversation.not_found");
    }

    @Test
    void stompTurnsRunOnAsManyThreadsAsConfiguredNotSpringsTwoPerCore() {
        assertThat(stompTurnThreads.getCorePoolSize()).isEqualTo(32);
        assertThat(stompTurnThreads.getMaxPoolSize()).isEqualTo(32);
    }

    @Test
    void malformedJsonGetsAnErrorAndTheSessionGoesOn() throws Exception {
        stomp.send(StompChat.CHAT_SEND, "{\"conversationId\": ");
        JsonNode error = body(next());
        assertThat(error.get("error").asString()).isEqualTo("request.malformed");

        var started = api.post("/api/v1/conversations", "{\"channel\":\"web\",\"language\":\"ko\"}").body();
        sendChat(started.get("conversationId").asString(), started.get("token").asString(), "안녕하세요", "k-1");
        assertThat(body(next()).get("messages").get(0).get("language").asString()).isEqualTo("ko");
    }

    @Test
    void aMalformedFrameIsAnsweredWithAStompError() throws Exception {
        try (RawStompSocket raw = new RawStompSocket(port)) {
            raw.send("THIS IS NOT STOMP\n\n\0");

            assertThat(raw.poll(Duration.ofSeconds(20))).startsWith("ERROR");
        }
    }

    @Test
    void anOversizedFrameIsRefused() throws Exception {
        String huge = "x".repeat(64 * 1024);
        String answer;
        try (RawStompSocket raw = new RawStompSocket(port)) {
            raw.send("SEND\ndestination:/app/chat.send\ncontent-type:application/json\n\n{\"text\":\"" + huge + "\"}\0");
            answer = raw.poll(Duration.ofSeconds(10));
        }
        assertThat(answer == null || answer.startsWith("ERROR") || answer.startsWith("CLOSED")).isTrue();
        assertThat(api.post("/api/v1/conversations", "{}").status()).isEqualTo(201);
    }

    private void sendChat(String id, String token, String text, String clientMessageId) {
        stomp.sendChat(id, token, text, clientMessageId);
    }

    private StompChat.Frame next() throws InterruptedException {
        return stomp.next();
    }

    private JsonNode body(StompChat.Frame frame) {
        return frame.json();
    }
}
