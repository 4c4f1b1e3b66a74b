package city.civic.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.IntegrationTest;
import city.civic.chat.TurnApi;
import city.civic.integrations.center.simulator.SimulatedCenter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A dark signal reported at a smart intersection whose (simulated, NTCIP over SNMP) controller is in
 * flash mode: the citizen hears it is already known, and the ticket, with the controller's reading,
 * arrives in the (simulated, GeoReport v2) center.
 */
@IntegrationTest
class SmartIntersectionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    SimulatedCenter center;

    @Test
    void aSignalReportAtAFlashingControllerIsAlreadyKnownAndReachesTheCenter() {
        var api = new TurnApi(port);
        String id = api.start("en");
        api.say(id, "The traffic lights at City Hall Intersection are all dark");
        api.say(id, "just now");
        api.say(id, "skip");

        String filed = api.say(id, "yes").lastReply().get("text").asString();

        assertThat(filed).contains("already reports flashing mode").containsPattern("SC-\\d{4}-\\d{6}");
        String ticketId = filed.replaceAll("(?s).*(SC-\\d{4}-\\d{6}).*", "$1");
        await().atMost(Duration.ofSeconds(10)).until(() -> center.requests().stream()
                .anyMatch(r -> ticketId.equals(r.attributes().get("platform_ticket_id"))));
        assertThat(center.requests()).filteredOn(r -> ticketId.equals(r.attributes().get("platform_ticket_id")))
                .singleElement().satisfies(r -> assertThat(r.description()).contains("signal controller SIG-001"));
    }
}
