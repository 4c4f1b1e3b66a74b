package city.civic.security;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.chat.TurnApi;
import city.civic.cli.bench.StompChat;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A second WebSocket client can neither listen to nor write into another citizen's conversation: only
 * {@code /user/queue/replies}, {@code /user/queue/errors} and {@code /app/chat.send} are open.
 */
@IntegrationTest
class StompIsolationIntegrationTests {

    static final String[] FORBIDDEN_SUBSCRIPTIONS = {"/queue/**", "/queue/*", "/**", "/queue/replies",
            "/queue/errors", "/topic/**", "/user/**", "/user/queue/**", "/user/queue/replies-user*",
            "/app/chat.send", "/app/**", "/user/someone-else/queue/replies", "/queue/replies-userabc"};

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/queue/**", "/queue/replies", "/topic/**", "/user/**", "/user/queue/replies-user*",
            "/app/chat.send", "/user/someone-else/queue/replies"})
    void subscribingAnywhereButTheOwnQueuesIsRefusedWithAnErrorFrame(String destination) throws Exception {
        try (StompChat stranger = StompChat.connect(port)) {
            stranger.subscribe(destination);

            assertRefused(stranger.next(), destination);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/queue/replies", "/topic/chat", "/user/queue/replies", "/app/other", "/app/chat.send/x"})
    void sendingAnywhereButChatSendIsRefusedWithAnErrorFrame(String destination) throws Exception {
        try (StompChat stranger = StompChat.connect(port)) {
            stranger.send(destination, "{\"text\":\"hi\"}");

            assertRefused(stranger.next(), destination);
        }
    }

    @Test
    void aSecondClientReceivesNothingOfTheFirstsConversationOverAnyDestination() throws Exception {
        TurnApi api = new TurnApi(port);
        String id = api.start("en");
        String token = api.token(id);
        var probers = new java.util.ArrayList<StompChat>();
        try (StompChat citizen = StompChat.connect(port).subscribeAsCitizen();
                StompChat stranger = StompChat.connect(port).subscribeAsCitizen()) {
            for (String destination : FORBIDDEN_SUBSCRIPTIONS) {
                StompChat prober = StompChat.connect(port);
                probers.add(prober);
                prober.subscribe(destination);
                assertRefused(prober.next(), destination);
            }

            citizen.sendChat(id, token, "My phone is 010-2222-3333, when does city hall open?", "c-1");
            StompChat.Frame reply = citizen.next();
            assertThat(reply.destination()).isEqualTo("/user/queue/replies");
            assertThat(reply.body()).contains(id);
            stranger.sendChat(id, "guessed-token", "cancel", "s-1");
            assertThat(stranger.next().json().get("error").asString()).isEqualTo("conversation.not_found");

            assertThat(stranger.poll(Duration.ofSeconds(2))).isNull();
            for (StompChat prober : probers) {
                StompChat.Frame frame = prober.poll(Duration.ofMillis(200));
                assertThat(frame == null || frame.isClosed()).as(String.valueOf(frame)).isTrue();
            }
            assertThat(api.get("/api/v1/conversations/" + id).body().get("messages").valueStream()
                    .filter(m -> m.get("role").asString().equals("citizen")).count()).isEqualTo(1);
        } finally {
            probers.forEach(StompChat::close);
        }
    }

    /**
     * The STOMP refusal: an ERROR frame, then the server closes the connection (1002). Spring closes the
     * session right after queueing the ERROR frame; when an earlier frame is still being flushed on another
     * thread, the close can overtake it (measured: 8 of 600 refusals under 4 concurrent clients), and the
     * client sees the close alone. Either way nothing else reaches the client and the connection is gone.
     */
    private static void assertRefused(StompChat.Frame frame, String destination) {
        assertThat(frame).as(destination).satisfiesAnyOf(
                f -> assertThat(f.command()).isEqualTo("ERROR"),
                f -> assertThat(f.closeCode()).isEqualTo(1002));
    }
}
