package city.civic.cluster.relay;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.cli.bench.StompChat;
import city.civic.security.StaffApi;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two instances behind a load balancer share the chat through RabbitMQ: a citizen's widget stays connected to
 * instance A while the conversation goes on over REST on B, and a counsellor answers on B. Every reply reaches
 * the widget on A, on {@code /user/queue/replies}, and another citizen on A hears none of it.
 */
class TwoInstanceChatIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(15);

    static RelayCluster cluster;

    @BeforeAll
    static void instances() {
        cluster = RelayCluster.get();
    }

    @Test
    void aTurnSentOverRestToBIsPushedToTheWidgetOnA() throws Exception {
        Citizen citizen = Citizen.startOn(cluster.portA());
        try (StompChat widget = StompChat.connect(cluster.portA()).subscribeAsCitizen();
                StompChat other = StompChat.connect(cluster.portA()).subscribeAsCitizen()) {
            widget.sendChat(citizen.conversationId(), citizen.token(), "hello", "ws-1");
            StompChat.Frame answered = widget.next(WAIT);
            assertThat(answered.destination()).isEqualTo(StompChat.REPLIES);
            assertThat(answered.json().get("clientMessageId").asString()).isEqualTo("ws-1");

            JsonNode overRest = citizen.say(cluster.portB(), "When does city hall open?", "rest-1");
            StompChat.Frame pushed = widget.next(WAIT);

            assertThat(pushed.destination()).isEqualTo(StompChat.REPLIES);
            assertThat(pushed.json().get("conversationId").asString()).isEqualTo(citizen.conversationId());
            assertThat(pushed.json().get("clientMessageId").asString()).isEqualTo("rest-1");
            assertThat(pushed.json().get("messages")).isEqualTo(overRest);
            assertThat(other.poll(Duration.ofSeconds(1))).as("another citizen hears nothing").isNull();
        }
    }

    @Test
    void aCounsellorsMessagePostedOnBReachesTheWidgetOnA() throws Exception {
        Citizen citizen = Citizen.startOn(cluster.portA());
        StaffApi counsellorOnB = StaffApi.admin(cluster.portB());
        try (StompChat widget = StompChat.connect(cluster.portA()).subscribeAsCitizen();
                StompChat other = StompChat.connect(cluster.portA()).subscribeAsCitizen()) {
            widget.sendChat(citizen.conversationId(), citizen.token(), "hello", "ws-1");
            widget.next(WAIT);
            JsonNode handoff = citizen.say(cluster.portB(), "Talk to a counsellor", "rest-1");
            assertThat(handoff.get(0).get("handoff").asBoolean()).as("handed off").isTrue();
            assertThat(widget.next(WAIT).json().get("clientMessageId").asString()).isEqualTo("rest-1");

            String handoffs = "/admin/api/handoffs/" + citizen.conversationId();
            assertThat(counsellorOnB.postJson(handoffs + "/pickup", "{\"name\":\"Mina\"}").status()).isEqualTo(200);
            JsonNode joined = widget.next(WAIT).json();
            assertThat(counsellorOnB.postJson(handoffs + "/messages", "{\"text\":\"Which pole number?\"}").status())
                    .isBetween(200, 204);
            StompChat.Frame said = widget.next(WAIT);

            assertThat(joined.get("clientMessageId").isNull()).isTrue();
            assertThat(joined.get("messages").get(0).get("intent").asString()).isEqualTo("agent.joined");
            assertThat(said.destination()).isEqualTo(StompChat.REPLIES);
            JsonNode message = said.json().get("messages").get(0);
            assertThat(message.get("text").asString()).isEqualTo("Which pole number?");
            assertThat(message.get("agent").get("name").asString()).isEqualTo("Mina");
            assertThat(other.poll(Duration.ofSeconds(1))).as("another citizen hears nothing").isNull();
        }
    }
}
