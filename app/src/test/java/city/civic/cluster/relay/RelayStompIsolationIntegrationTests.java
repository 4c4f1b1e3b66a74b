package city.civic.cluster.relay;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.cli.bench.StompChat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The isolation of {@code StompIsolationIntegrationTests} with RabbitMQ as the broker: RabbitMQ's own destinations
 * (where the relay keeps each session's queue and the instances' broadcast) are as closed as the rest, and a
 * second client hears nothing of a conversation whose replies come from the other instance.
 */
class RelayStompIsolationIntegrationTests {

    static final String[] FORBIDDEN_SUBSCRIPTIONS = {"/queue/**", "/queue/replies", "/topic/**", "/user/**",
            "/user/queue/replies-user*", "/exchange/amq.direct/replies-userabc", "/exchange/amq.topic/#",
            "/topic/civic.chat.unresolved-user", "/amq/queue/replies", "/user/conversation:abc/queue/replies"};

    static RelayCluster cluster;

    @BeforeAll
    static void instances() {
        cluster = RelayCluster.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/exchange/amq.direct/replies-userabc", "/topic/civic.chat.unresolved-user",
            "/user/conversation:abc/queue/replies", "/amq/queue/replies"})
    void subscribingToTheBrokersDestinationsIsRefused(String destination) throws Exception {
        try (StompChat stranger = StompChat.connect(cluster.portA())) {
            stranger.subscribe(destination);

            assertRefused(stranger.next(), destination);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/exchange/amq.direct/replies-userabc", "/topic/civic.chat.unresolved-user",
            "/user/queue/replies"})
    void sendingToTheBrokersDestinationsIsRefused(String destination) throws Exception {
        try (StompChat stranger = StompChat.connect(cluster.portA())) {
            stranger.send(destination, "{\"text\":\"hi\"}");

            assertRefused(stranger.next(), destination);
        }
    }

    @Test
    void aSecondClientReceivesNothingOfAConversationAnsweredOnTheOtherInstance() throws Exception {
        Citizen citizen = Citizen.startOn(cluster.portA());
        List<StompChat> probers = new ArrayList<>();
        try (StompChat widget = StompChat.connect(cluster.portA()).subscribeAsCitizen();
                StompChat stranger = StompChat.connect(cluster.portA()).subscribeAsCitizen()) {
            for (String destination : FORBIDDEN_SUBSCRIPTIONS) {
                StompChat prober = StompChat.connect(cluster.portA());
                probers.add(prober);
                prober.subscribe(destination);
                assertRefused(prober.next(), destination);
            }

            widget.sendChat(citizen.conversationId(), citizen.token(), "When does city hall open?", "c-1");
            assertThat(widget.next().destination()).isEqualTo(StompChat.REPLIES);
            citizen.say(cluster.portB(), "thanks", "c-2");
            assertThat(widget.next().body()).contains(citizen.conversationId());
            stranger.sendChat(citizen.conversationId(), "guessed-token", "cancel", "s-1");
            assertThat(stranger.next().json().get("error").asString()).isEqualTo("conversation.not_found");

            assertThat(stranger.poll(Duration.ofSeconds(2))).isNull();
            for (StompChat prober : probers) {
                StompChat.Frame frame = prober.poll(Duration.ofMillis(200));
                assertThat(frame == null || frame.isClosed()).as(String.valueOf(frame)).isTrue();
            }
        } finally {
            probers.forEach(StompChat::close);
        }
    }

    /** An ERROR frame, or the close that can overtake it (see StompIsolationIntegrationTests). */
    private static void assertRefused(StompChat.Frame frame, String destination) {
        assertThat(frame).as(destination).satisfiesAnyOf(
                f -> assertThat(f.command()).isEqualTo("ERROR"),
                f -> assertThat(f.closeCode()).isEqualTo(1002));
    }
}
