package city.civic.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.IntegrationTest;
import city.civic.chat.TurnApi;
import city.civic.integrations.CctvIncidents;
import city.civic.integrations.cctv.simulator.CctvEventSimulator;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen reports someone loitering at a place whose camera's analytics (ONVIF over MQTT, to the
 * embedded broker) already flagged it: the citizen is told the centre saw it, and the ticket is linked.
 */
@IntegrationTest
class CctvAwarenessIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    CctvEventSimulator cameras;

    @Autowired
    CctvIncidents incidents;

    @Test
    void aReportAtAPlaceTheCentreAlreadySawIsLinkedToTheEvent() {
        cameras.publish(cameras.event("market-loitering", "77", Instant.now()));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !incidents.recent("CCTV-002", Duration.ofMinutes(5)).events().isEmpty());

        var api = new TurnApi(port);
        String id = api.start("en");
        api.say(id, "A man has been hanging around the cars at Gyeongan Intersection for an hour, it looks suspicious");
        api.say(id, "since about an hour ago");
        api.say(id, "skip");
        String filed = api.say(id, "yes").lastReply().get("text").asString();

        assertThat(filed).contains("CCTV control centre already saw someone loitering").contains("SC-");
    }
}
